package org.ridercoop.web.coop.boundary;

import java.util.List;
import org.ridercoop.web.coop.entity.ConsultantGrant;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.platform.api.Answer;

/** A {@link CoopAccess} for page tests: cooperative 7 exists, and the person runs it or not. */
public final class Access {
    public static final Cooperative DAEGU = new Cooperative(7, "대구라이더협동조합", "Daegu Rider Cooperative", "WORKER",
            "504-81-20210", 1, 50_000, 12, 6, 30, null, 0, null);

    private Access() {
    }

    public static CoopAccess of(boolean manager) {
        return new CoopAccess() {
            @Override
            public Answer<Cooperative> cooperative(long coopId) {
                return coopId == DAEGU.id() ? new Answer.Found<>(DAEGU) : new Answer.NotFound<>();
            }

            @Override
            public Answer<List<ConsultantGrant>> grants(long coopId) {
                return manager ? new Answer.Found<>(List.of()) : new Answer.Forbidden<>();
            }
        };
    }
}
