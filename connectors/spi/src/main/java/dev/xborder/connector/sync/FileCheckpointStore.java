package dev.xborder.connector.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xborder.connector.wire.WireJson;
import dev.xborder.core.Checks;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.InvalidInputException;
import dev.xborder.core.XborderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints as JSON files in one directory, one file per key ({@code <key>.checkpoint.json},
 * the key made file-name safe). Each save writes a temporary file in the same directory, forces
 * it to disk, renames it over the old file atomically, then forces the directory (where the
 * platform supports opening a directory; on others that last step is skipped). A crash leaves the
 * old or the new file, never a torn one. Thread-safe within one JVM; one writer per key across
 * processes is the host's job.
 */
public final class FileCheckpointStore implements CheckpointStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileCheckpointStore.class);
    private static final int FORMAT = 1;
    private final Path directory;
    private final ObjectMapper mapper = WireJson.newMapper();

    public FileCheckpointStore(Path directory) {
        this.directory = Checks.notNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create checkpoint directory " + directory, e);
        }
    }

    /** The file of a key. */
    public Path fileOf(String key) {
        Checks.notBlank(key, "key");
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        for (char c : key.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.') {
                sb.append(c);
            } else {
                sb.append('_');
                changed = true;
            }
        }
        if (changed) {
            sb.append('-').append(Integer.toHexString(key.hashCode()));
        }
        return directory.resolve(sb + ".checkpoint.json");
    }

    @Override
    public synchronized Optional<Checkpoint> load(String key) {
        Path file = fileOf(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file, e);
        }
        try {
            JsonNode n = mapper.readTree(bytes);
            if (n == null || n.path("format").asInt() != FORMAT) {
                throw new InvalidInputException(ErrorCode.INVALID_INPUT, file + ": $.format", n == null ? null : n.path("format").asText(),
                        "unsupported checkpoint format (expected " + FORMAT + ")", null);
            }
            Instant hwm = n.hasNonNull("highWaterMark") ? Instant.parse(n.get("highWaterMark").asText()) : null;
            Instant floor = Instant.parse(n.path("floor").asText());
            Map<String, Instant> seen = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.path("seen").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                seen.put(e.getKey(), Instant.parse(e.getValue().asText()));
            }
            return Optional.of(new Checkpoint(hwm, floor, seen));
        } catch (IOException | RuntimeException e) {
            if (e instanceof XborderException xe) {
                throw xe;
            }
            throw new InvalidInputException(ErrorCode.INVALID_INPUT, file.toString(), null,
                    "checkpoint file is not readable JSON of format " + FORMAT + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public synchronized void save(String key, Checkpoint checkpoint) {
        Checks.notNull(checkpoint, "checkpoint");
        Path file = fileOf(key);
        ObjectNode n = mapper.createObjectNode();
        n.put("format", FORMAT);
        n.put("key", key);
        n.put("highWaterMark", checkpoint.highWaterMark() == null ? null : checkpoint.highWaterMark().toString());
        n.put("floor", checkpoint.floor().toString());
        ObjectNode seen = n.putObject("seen");
        checkpoint.seen().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> seen.put(e.getKey(), e.getValue().toString()));
        Path tmp = null;
        try {
            byte[] bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(n).getBytes(StandardCharsets.UTF_8);
            tmp = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new UncheckedIOException("the file system of " + directory + " cannot rename atomically; "
                        + "put checkpoints on a local file system", e);
            }
            tmp = null;
            forceDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel: the rename is still atomic there
            LOG.debug("could not force checkpoint directory to disk ({}); relying on the atomic rename", e.getClass().getSimpleName());
        }
    }
}
