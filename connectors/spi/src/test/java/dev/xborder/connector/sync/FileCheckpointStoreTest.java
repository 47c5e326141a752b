package dev.xborder.connector.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xborder.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckpointStoreTest {
    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456789Z");

    @Test
    void aSavedCheckpointLoadsBackIdentically(@TempDir Path dir) {
        FileCheckpointStore store = new FileCheckpointStore(dir);
        Checkpoint cp = new Checkpoint(T, T.minusSeconds(600), Map.of("902-3159896-1390916", T, "a/b c", T.minusSeconds(5)));
        store.save("amazon:A1PA6795UKMFR9", cp);
        assertThat(new FileCheckpointStore(dir).load("amazon:A1PA6795UKMFR9")).contains(cp);
        assertThat(store.load("other")).isEmpty();
    }

    @Test
    void savingReplacesAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(dir);
        for (int i = 0; i < 20; i++) {
            store.save("k", new Checkpoint(T.plusSeconds(i), T, Map.of("o" + i, T.plusSeconds(i))));
        }
        assertThat(store.load("k")).get().extracting(Checkpoint::highWaterMark).isEqualTo(T.plusSeconds(19));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("k.checkpoint.json");
        }
    }

    @Test
    void keysBecomeSafeDistinctFileNames(@TempDir Path dir) {
        FileCheckpointStore store = new FileCheckpointStore(dir);
        assertThat(store.fileOf("shopify:my shop/1")).isNotEqualTo(store.fileOf("shopify:my_shop_1"));
        assertThat(store.fileOf("../../etc/passwd").getParent()).isEqualTo(dir);
    }

    @Test
    void aCorruptFileFailsNamingTheFileInsteadOfStartingOver(@TempDir Path dir) throws Exception {
        FileCheckpointStore store = new FileCheckpointStore(dir);
        Files.writeString(store.fileOf("k"), "{\"format\":1,\"floor\":\"not a time\"");
        assertThatThrownBy(() -> store.load("k")).isInstanceOf(InvalidInputException.class).hasMessageContaining("k.checkpoint.json");
        Files.writeString(store.fileOf("k"), "{\"format\":99}");
        assertThatThrownBy(() -> store.load("k")).hasMessageContaining("format");
    }
}
