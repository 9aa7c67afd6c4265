package org.ridercoop.platform.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method below {@code /coops/{coopId}}: the relations with that cooperative that may call it.
 * Checked by {@link TenantFilter} after the realm roles of {@code @RolesAllowed}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CoopAccess {
    Relation[] value();
}
