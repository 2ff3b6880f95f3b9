package org.qawl.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.io.output.CountingOutputStream;

/**
 * Where an export goes. A file is written next to its final name and moved into place only when
 * everything was written, so a failed or interrupted export never leaves a truncated file (and
 * an older export under that name stays as it was). Optionally gzip-compressed.
 *
 * <pre>
 *   try (ExportOutput output = ExportOutput.file(path, gzip)) {
 *       write(output.stream());
 *       output.commit();
 *   }
 * </pre>
 */
public final class ExportOutput implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final CountingOutputStream counted;
    private final OutputStream stream;
    private boolean committed;

    private ExportOutput(Path target, Path temporary, OutputStream raw, boolean gzip) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.counted = new CountingOutputStream(raw);
        this.stream = gzip ? new GZIPOutputStream(counted, 1 << 16) : counted;
    }

    /** A file, replaced atomically on {@link #commit()}. */
    public static ExportOutput file(Path target, boolean gzip) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temporary,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
        try {
            return new ExportOutput(absolute, temporary, raw, gzip);
        } catch (IOException | RuntimeException e) {
            raw.close();
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** A stream the caller owns (standard output): flushed on commit, never closed. */
    public static ExportOutput stream(OutputStream out, boolean gzip) throws IOException {
        return new ExportOutput(null, null, CloseShieldOutputStream.wrap(out), gzip);
    }

    public OutputStream stream() {
        return stream;
    }

    /** Finishes the output; for a file, moves it to its name. */
    public void commit() throws IOException {
        stream.close(); // finishes gzip; a close shield keeps standard output open
        if (temporary != null) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Bytes written (after compression). */
    public long bytes() {
        return counted.getByteCount();
    }

    /** Without a commit: drops the temporary file. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the export already failed; the temporary file goes anyway
            }
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
