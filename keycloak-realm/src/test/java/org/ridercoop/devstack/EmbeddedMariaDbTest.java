package org.ridercoop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void aDataFolderUnderTheTempFolderIsReachedThroughALinkFromOutside() throws Exception {
        Path underTmp = Files.createTempDirectory("ridercoop-data");
        Files.writeString(underTmp.resolve("marker"), "kept");

        Path kept = EmbeddedMariaDb.keptDataDir(underTmp);

        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
        assertThat(kept.toAbsolutePath().toString()).doesNotStartWith(tmp);
        assertThat(Files.readString(kept.resolve("marker"))).isEqualTo("kept");
        assertThat(kept.toRealPath()).isEqualTo(underTmp.toRealPath());
    }

    @Test
    void aDataFolderElsewhereIsUsedAsItIs() throws Exception {
        Path elsewhere = Path.of("/opt/ridercoop/data"); // only computed, never created
        assertThat(EmbeddedMariaDb.keptDataDir(elsewhere)).isEqualTo(elsewhere.normalize());
    }
}
