package org.ridercoop.testsupport;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every endpoint of the API, found by reading the JAX-RS annotations of the compiled classes: a resource
 * added later is walked by the security test without anyone listing it.
 */
public final class EndpointCatalog {

    /** One operation and who may call it. */
    public record Endpoint(String method, String path, Access access, Set<String> roles, String bodyType, boolean tenantChecked,
                           boolean openToAnyone) {
        /** Whether it reads a body ({@link #bodyType()}, the first type it consumes). */
        public boolean hasBody() {
            return bodyType != null;
        }

        /** A body of its type that says nothing: an empty JSON object, or a CSV header. */
        public String emptyBody() {
            return bodyType == null ? null : bodyType.contains("json") ? "{}" : "column\r\n";
        }

        public String label() {
            return method + " " + path;
        }

        /** The path with every template parameter replaced by a value that exists nowhere. */
        public String concretePath() {
            return path.replaceAll("\\{[^}]+}", "999999");
        }

        /** Below {@code /coops/{coopId}}: owned by one cooperative. */
        public boolean cooperativeOwned() {
            return path.startsWith("/coops/{coopId}");
        }

        /** The path in cooperative {@code coopId}, other parameters at values that exist nowhere. */
        public String inCooperative(long coopId) {
            return inCooperative(coopId, java.util.Map.of());
        }

        /** The path in cooperative {@code coopId}, other parameters at the given identifiers (or at 999999). */
        public String inCooperative(long coopId, java.util.Map<String, Long> ids) {
            String concrete = path.replace("{coopId}", Long.toString(coopId));
            for (var id : ids.entrySet()) {
                concrete = concrete.replace("{" + id.getKey() + "}", Long.toString(id.getValue()));
            }
            return concrete.replaceAll("\\{[^}]+}", "999999");
        }

        /** Its path parameters besides the cooperative. */
        public java.util.List<String> otherParameters() {
            return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path).results().map(m -> m.group(1))
                    .filter(p -> !p.equals("coopId")).toList();
        }
    }

    public enum Access { PUBLIC, ANY_AUTHENTICATED, ROLES, DENIED, UNDECLARED }

    private EndpointCatalog() {
    }

    public static List<Endpoint> scan(java.nio.file.Path classesDir, String basePackage) {
        List<Endpoint> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classesDir)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classesDir.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith(basePackage) || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, EndpointCatalog.class.getClassLoader());
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    Path methodPath = method.getAnnotation(Path.class);
                    String path = normalise("/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value()));
                    Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    String bodyType = consumes == null ? null : consumes.value()[0];
                    CoopAccess coopAccess = method.isAnnotationPresent(CoopAccess.class) ? method.getAnnotation(CoopAccess.class)
                            : type.getAnnotation(CoopAccess.class);
                    boolean open = coopAccess != null && java.util.Arrays.asList(coopAccess.value()).contains(Relation.ANYONE);
                    endpoints.add(access(http, path, method, type, bodyType, coopAccess != null, open));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static Endpoint access(String http, String path, Method method, Class<?> type, String bodyType, boolean tenant, boolean open) {
        // method-level annotations win over class-level ones (Jakarta Annotations)
        for (Annotation[] level : List.of(method.getAnnotations(), type.getAnnotations())) {
            for (Annotation annotation : level) {
                if (annotation instanceof PermitAll) {
                    return new Endpoint(http, path, Access.PUBLIC, Set.of(), bodyType, tenant, open);
                }
                if (annotation instanceof DenyAll) {
                    return new Endpoint(http, path, Access.DENIED, Set.of(), bodyType, tenant, open);
                }
                if (annotation instanceof RolesAllowed roles) {
                    Set<String> names = Set.of(roles.value());
                    return new Endpoint(http, path, names.contains("**") ? Access.ANY_AUTHENTICATED : Access.ROLES, names, bodyType, tenant, open);
                }
            }
        }
        return new Endpoint(http, path, Access.UNDECLARED, Set.of(), bodyType, tenant, open);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "/coops/{coopId: [0-9]+}/" becomes "/coops/{coopId}". */
    static String normalise(String path) {
        String cleaned = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return cleaned.length() > 1 && cleaned.endsWith("/") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
    }
}
