package org.ridercoop.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON-B for the API: whole-number fields (won, shares, months) refuse a fraction or an overflow instead of
 * silently cutting it (50000.5 must not become 50000), which answers 400.
 */
@Provider
public class WholeNumbersOnly implements ContextResolver<Jsonb> {
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new LongDeserializer(), new IntegerDeserializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    static BigDecimal number(JsonParser parser) {
        try {
            // the parser stands on the value: getBigDecimal() refuses anything but a number
            return parser.getBigDecimal();
        } catch (IllegalStateException | NumberFormatException e) {
            throw new JsonbException("expected a number", e);
        }
    }

    static final class LongDeserializer implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return number(parser).longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("not a whole number within range", e);
            }
        }
    }

    static final class IntegerDeserializer implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return number(parser).intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("not a whole number within range", e);
            }
        }
    }
}
