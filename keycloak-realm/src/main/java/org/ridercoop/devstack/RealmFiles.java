package org.ridercoop.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The realm as code. {@code realm/coop-realm.json} is what production imports; {@code realm/coop-demo.json}
 * (demo users and the test client) is added only for local runs and tests.
 */
public final class RealmFiles {
    public static final String REALM = "coop";
    static final String REALM_FILE = "realm/coop-realm.json";
    static final String DEMO_FILE = "realm/coop-demo.json";

    private RealmFiles() {
    }

    public static JsonObject realm() {
        return read(REALM_FILE);
    }

    public static JsonObject demo() {
        return read(DEMO_FILE);
    }

    /** The realm with the demo users and clients appended to its own. */
    public static JsonObject realmWithDemo() {
        JsonObject realm = realm();
        JsonObject demo = demo();
        JsonObjectBuilder merged = Json.createObjectBuilder(realm);
        for (String list : new String[] {"users", "clients"}) {
            JsonArrayBuilder items = Json.createArrayBuilder(realm.getJsonArray(list));
            demo.getJsonArray(list).forEach(items::add);
            merged.add(list, items);
        }
        return merged.build();
    }

    /** Writes the file that Keycloak's {@code --import-realm} picks up from {@code data/import}. */
    public static void writeImport(Path importDir, JsonObject realm) {
        try {
            Files.createDirectories(importDir);
            JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
            try (Writer out = Files.newBufferedWriter(importDir.resolve(REALM + "-realm.json"), StandardCharsets.UTF_8);
                 JsonWriter writer = factory.createWriter(out)) {
                writer.writeObject(realm);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject read(String resource) {
        try (InputStream in = RealmFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject object = reader.readObject();
                // keys starting with "_" are notes for people, not realm settings
                JsonObjectBuilder clean = Json.createObjectBuilder();
                object.forEach((k, v) -> {
                    if (!k.startsWith("_")) {
                        clean.add(k, v == null ? JsonValue.NULL : v);
                    }
                });
                return clean.build();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
