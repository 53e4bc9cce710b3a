package io.github.dlckit.mock.persist;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The append-only file under a state directory: records framed as {@code [length][CRC-32][payload]} (big-endian
 * ints), so a torn or corrupt tail is found on open and cut. {@link #append} hands records to the OS;
 * {@link #force()} makes them durable. A rewrite (compaction) goes to a temporary file first and replaces the
 * log atomically.
 */
final class LogFile implements AutoCloseable {

    /** The log's name inside the state directory. */
    static final String NAME = "commands.log";
    private static final int FRAME = 8;
    private static final int MAX_RECORD = 64 << 20;

    private final Path dir;
    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel channel;

    private LogFile(Path dir, FileChannel lockChannel, FileLock lock) throws IOException {
        this.dir = dir;
        this.file = dir.resolve(NAME);
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    /**
     * Opens (creating) the log of a state directory, which only one mock may use at a time.
     *
     * @param dir the state directory
     * @return the log
     * @throws IllegalStateException when the directory cannot be used
     */
    static LogFile open(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("state dir " + dir + " is in use by another mock");
            }
            return new LogFile(dir, lockChannel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot use state dir " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every intact record; a torn or corrupt tail is cut from the file, with a warning naming what was dropped.
     *
     * @param warnings where the warning goes (standard error)
     * @return the payloads, oldest first
     */
    List<byte[]> readAll(PrintStream warnings) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            List<byte[]> records = new ArrayList<>();
            ByteBuffer in = ByteBuffer.wrap(bytes);
            String problem = null;
            while (in.remaining() > 0) {
                if (in.remaining() < FRAME) {
                    problem = "a torn frame header";
                    break;
                }
                int length = in.getInt(in.position());
                int crc = in.getInt(in.position() + 4);
                if (length < 0 || length > MAX_RECORD || length > in.remaining() - FRAME) {
                    problem = "a torn record (length " + length + ", " + (in.remaining() - FRAME) + " bytes left)";
                    break;
                }
                byte[] payload = new byte[length];
                in.get(in.position() + FRAME, payload);
                if (crc32(payload) != crc) {
                    problem = "a record whose checksum does not match";
                    break;
                }
                records.add(payload);
                in.position(in.position() + FRAME + length);
            }
            if (problem != null) {
                int cut = in.position();
                warnings.println("dlc-mock: WARNING: state dir " + dir + ": cut " + (bytes.length - cut)
                        + " bytes at offset " + cut + " after record " + records.size() + " (" + problem
                        + "; it starts " + preview(bytes, cut + FRAME) + "); a call whose record was cut was never"
                        + " acknowledged");
                warnings.flush();
                channel.truncate(cut);
                channel.force(true);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes records in one go (to the OS; durable after {@link #force()}). */
    void append(List<byte[]> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        try {
            write(channel, payloads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void write(FileChannel out, List<byte[]> payloads) throws IOException {
        int size = 0;
        for (byte[] payload : payloads) {
            size += FRAME + payload.length;
        }
        ByteBuffer frames = ByteBuffer.allocate(size);
        for (byte[] payload : payloads) {
            frames.putInt(payload.length).putInt(crc32(payload)).put(payload);
        }
        frames.flip();
        while (frames.hasRemaining()) {
            out.write(frames);
        }
    }

    /** Makes every record written so far durable. */
    void force() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync " + file, e);
        }
    }

    /** Replaces the whole log by these records, atomically and durably (compaction, reset, import). */
    synchronized void rewrite(List<byte[]> payloads) {
        Path temporary = dir.resolve(NAME + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            write(out, payloads);
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary, e);
        }
        try {
            channel.close();
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory();
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }

    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename itself is atomic there too.
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    private static int crc32(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** The first characters of what was dropped, printable only (records hold no secrets). */
    private static String preview(byte[] bytes, int from) {
        if (from >= bytes.length) {
            return "with nothing readable";
        }
        String text = new String(bytes, from, Math.min(120, bytes.length - from), StandardCharsets.UTF_8)
                .replaceAll("[^\\x20-\\x7e]", "?");
        return "'" + text + (bytes.length - from > 120 ? "..." : "") + "'";
    }
}
