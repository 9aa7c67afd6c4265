package org.ridercoop.web;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Stand-ins for container interfaces in plain unit tests: only the methods a test names answer. */
public final class Fakes {
    private Fakes() {
    }

    /** An implementation of the interface whose methods answer from the map (by name); others fail. */
    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName() + " in a unit test");
            }
            return answer.apply(args);
        }));
    }
}
