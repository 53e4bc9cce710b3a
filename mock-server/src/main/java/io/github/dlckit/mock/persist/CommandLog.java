package io.github.dlckit.mock.persist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dlckit.model.json.DlcJson;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mock's state as a log of commands: a {@link StateHeader} (seed, region, start, scenario) and every call
 * that may change the engine — DLC API calls, request ids drawn for refused requests, clock advances, pool
 * changes, traces, preemptions on request, settings changes — each with the virtual time it ran at. Replaying the commands on an engine started from the
 * header gives the same state: the engine is deterministic for a seed, so the log needs nothing of its internals.
 *
 * <p>Commands are appended in memory inside the engine's turn (so the log's order is the engine's order);
 * {@link #sync} writes what is pending and makes it durable before an answer leaves, one {@code fsync} for every
 * call that waits meanwhile (group commit). Reads are recorded too (they draw request ids) but never wait. Without a state directory the log lives in memory only, for {@code GET /mock/v1/state}. A reset
 * or an import rewrites the log from scratch (its compaction).
 */
public final class CommandLog implements AutoCloseable {

    private static final String KIND = "C";
    private static final long MAX_UNWRITTEN_BYTES = 1 << 20;
    /** Reads decimals as written, trailing zeros included. */
    private static final ObjectMapper EXACT = DlcJson.mapper().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final LogFile file;
    private final Clock wall;
    private final List<byte[]> commands = new ArrayList<>();
    private StateHeader header;
    private int pendingDraws;
    private boolean replaying;
    private Instant lastWall;
    private volatile long written;
    private volatile long synced;
    private final Object syncLock = new Object();
    private boolean closed;
    /** Records not yet handed to the OS: written by the thread that syncs, never inside the engine's turn. */
    private final List<byte[]> unwritten = new ArrayList<>();
    private long unwrittenBytes;

    private CommandLog(LogFile file, StateHeader header, Clock wall) {
        this.file = file;
        this.header = header;
        this.wall = wall;
    }

    /**
     * @param header where the engine starts
     * @param wall the real clock (each command notes its wall time)
     * @return a log kept in memory only
     */
    public static CommandLog inMemory(StateHeader header, Clock wall) {
        return new CommandLog(null, header, wall);
    }

    /**
     * Opens the log of a state directory: the stored header and commands when there are any (a torn or corrupt
     * tail cut with a warning), else a new log starting from {@code fresh}.
     *
     * @param dir the state directory
     * @param fresh the header of a new log
     * @param wall the real clock
     * @param warnings where a cut tail is reported (standard error)
     * @return the log
     */
    public static CommandLog open(Path dir, StateHeader fresh, Clock wall, PrintStream warnings) {
        LogFile file = LogFile.open(dir);
        try {
            List<byte[]> stored = file.readAll(warnings);
            if (stored.isEmpty()) {
                CommandLog log = new CommandLog(file, fresh, wall);
                file.rewrite(List.of(bytes(fresh.toJson())));
                return log;
            }
            CommandLog log = new CommandLog(file, StateHeader.fromJson(parse(stored.get(0))), wall);
            log.commands.addAll(stored.subList(1, stored.size()));
            if (!log.commands.isEmpty()) {
                JsonNode last = parse(log.commands.get(log.commands.size() - 1));
                log.lastWall = last.has("Wall") ? Instant.ofEpochMilli(last.path("Wall").asLong()) : null;
            }
            return log;
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** @return whether commands go to a state directory */
    public boolean isDurable() {
        return file != null;
    }

    /** @return where the engine starts before the first command */
    public synchronized StateHeader header() {
        return header;
    }

    /** @return the stored commands, oldest first */
    public synchronized List<JsonNode> commands() {
        return commands.stream().map(CommandLog::parse).toList();
    }

    /** @return the wall time of the last stored command, when the log was opened from a directory with any */
    public Optional<Instant> lastWallTime() {
        return Optional.ofNullable(lastWall);
    }

    /** @param replaying true while a replay drives the engine: nothing is recorded then */
    public synchronized void replaying(boolean replaying) {
        this.replaying = replaying;
    }

    /**
     * @param command a DLC API call about to run
     * @return its sequence number, for {@link #sync}
     */
    public long api(ApiCommand command) {
        return record(command.toJson(kind(ApiCommand.KIND)));
    }

    /** Notes a request id drawn by a request that never reached an operation (kept as a count). */
    public synchronized void drawRequestId() {
        if (!replaying) {
            pendingDraws++;
        }
    }

    /**
     * @param to the time the clock was advanced to
     * @return the sequence number
     */
    public long advance(Instant to) {
        ObjectNode node = kind("Advance");
        node.put("Time", to.toString());
        return record(node);
    }

    /**
     * @param time the virtual time
     * @param ecsSpec the pool
     * @param change the change as the control API reads it
     * @return the sequence number
     */
    public long updatePool(Instant time, String ecsSpec, Object change) {
        return poolCommand("Pool", time, ecsSpec, "Change", change);
    }

    /**
     * @param time the virtual time
     * @param ecsSpec the pool
     * @param points the trace points as the control API reads them
     * @return the sequence number
     */
    public long loadTrace(Instant time, String ecsSpec, Object points) {
        return poolCommand("Trace", time, ecsSpec, "Points", points);
    }

    /**
     * M32's preemption on request.
     *
     * @param time the virtual time
     * @param jobId the job
     * @param warningSeconds the warning asked for, or null for the pool's
     * @param cause {@code Price}, {@code Stock} or null (Price)
     * @return the sequence number
     */
    public long preempt(Instant time, String jobId, Long warningSeconds, String cause) {
        ObjectNode node = kind("Preempt");
        node.put("Time", time.toString());
        node.put("JobId", jobId);
        if (warningSeconds != null) {
            node.put("WarningSeconds", warningSeconds);
        }
        if (cause != null) {
            node.put("Cause", cause);
        }
        return record(node);
    }

    /**
     * @param time the virtual time
     * @param change the server options changed, as {@code PUT /mock/v1/settings} reads them
     * @return the sequence number
     */
    public long updateSettings(Instant time, Object change) {
        return record(settingsCommand(time, change));
    }

    /**
     * A settings command not yet in any log: a reset rewrites the log with the options changed so far, since they
     * survive the reset but the commands that changed them do not.
     *
     * @param time the virtual time
     * @param change the server options, as {@code PUT /mock/v1/settings} reads them
     * @return the command
     */
    public static ObjectNode settingsCommand(Instant time, Object change) {
        ObjectNode node = kind("Settings");
        node.put("Time", time.toString());
        node.set("Change", exactDecimals(change));
        return node;
    }

    private long poolCommand(String kind, Instant time, String ecsSpec, String field, Object value) {
        ObjectNode node = kind(kind);
        node.put("Time", time.toString());
        node.put("EcsSpec", ecsSpec);
        node.set(field, exactDecimals(value));
        return record(node);
    }

    /**
     * Waits until every command up to {@code sequence} is durable: one thread syncs for all that wait.
     *
     * @param sequence what {@link #api} or another recording method returned
     */
    public void sync(long sequence) {
        if (file == null || synced >= sequence) {
            return;
        }
        synchronized (syncLock) {
            if (synced >= sequence) {
                return;
            }
            long target;
            synchronized (this) {
                writeUnwritten();
                target = written;
            }
            file.force(); // outside the monitor: calls keep appending while the disk syncs
            synced = target;
        }
    }

    /**
     * Starts the log again (a reset, an import): the header and commands replace everything, durably.
     *
     * @param newHeader where the engine now starts
     * @param newCommands the commands that follow
     */
    public synchronized void rewrite(StateHeader newHeader, List<JsonNode> newCommands) {
        List<byte[]> payloads = newCommands.stream().map(CommandLog::bytes).toList();
        if (file != null) {
            unwritten.clear();
            unwrittenBytes = 0;
            List<byte[]> all = new ArrayList<>();
            all.add(bytes(newHeader.toJson()));
            all.addAll(payloads);
            file.rewrite(all);
        }
        header = newHeader;
        commands.clear();
        commands.addAll(payloads);
        pendingDraws = 0;
    }

    /**
     * @param now the engine's current time
     * @return the state as one JSON document: {@code Format}, {@code Now}, {@code Header}, {@code Commands}
     */
    public synchronized ObjectNode export(Instant now) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("Format", StateHeader.FORMAT);
        document.put("Now", now.toString());
        document.set("Header", header.toJson());
        ArrayNode list = document.putArray("Commands");
        commands.forEach(c -> list.add(parse(c)));
        if (pendingDraws > 0) {
            list.add(draws(pendingDraws));
        }
        return document;
    }

    /**
     * Replays commands onto a target, in order.
     *
     * @param list the commands
     * @param target what they drive
     * @throws IllegalArgumentException naming a command the log format does not know
     */
    public static void replay(List<JsonNode> list, CommandTarget target) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode command = list.get(i);
            String kind = command.path(KIND).asText();
            if (command.has("Time")) {
                target.advanceTo(StateHeader.instant(command.path("Time"), "Commands[" + i + "].Time"));
            }
            switch (kind) {
                case ApiCommand.KIND -> target.api(ApiCommand.fromJson(command));
                case "Draw" -> target.drawRequestIds(command.path("N").asInt());
                case "Advance" -> {
                }
                case "Pool" -> target.updatePool(command.path("EcsSpec").asText(), command.path("Change"));
                case "Trace" -> target.loadTrace(command.path("EcsSpec").asText(), command.path("Points"));
                case "Preempt" -> target.preempt(command.path("JobId").asText(),
                        command.hasNonNull("WarningSeconds") ? command.path("WarningSeconds").asLong() : null,
                        command.hasNonNull("Cause") ? command.path("Cause").asText() : null);
                case "Settings" -> target.updateSettings(command.path("Change"));
                default -> throw new IllegalArgumentException("Commands[" + i + "]." + KIND
                        + ": unknown command " + command.path(KIND));
            }
        }
    }

    /** Syncs and releases the state directory; a second call does nothing. */
    @Override
    public void close() {
        synchronized (syncLock) {
            if (file != null && !closed) {
                closed = true;
                synchronized (this) {
                    writeUnwritten();
                }
                file.force();
                file.close();
            }
        }
    }

    private synchronized long record(ObjectNode node) {
        if (replaying) {
            return 0;
        }
        if (pendingDraws > 0) {
            ObjectNode draws = draws(pendingDraws);
            pendingDraws = 0;
            store(draws);
        }
        return store(node);
    }

    private long store(ObjectNode node) {
        Instant now = wall.instant();
        node.put("Wall", now.toEpochMilli());
        byte[] payload = bytes(node);
        commands.add(payload);
        lastWall = now;
        if (file != null) {
            unwritten.add(payload);
            unwrittenBytes += payload.length;
            if (unwrittenBytes > MAX_UNWRITTEN_BYTES) {
                writeUnwritten(); // a long run of reads without a write: keep memory bounded
            }
        }
        return ++written;
    }

    private void writeUnwritten() {
        file.append(unwritten);
        unwritten.clear();
        unwrittenBytes = 0;
    }

    /**
     * Decimals as text ({@code 0.0060} stays {@code 0.0060}): a JSON reader would make them doubles and lose the
     * scale a price was given with; the control API reads a decimal from text as well.
     */
    private static JsonNode exactDecimals(Object value) {
        try {
            return exactDecimals(EXACT.readTree(DlcJson.mapper().writeValueAsBytes(value)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode exactDecimals(JsonNode node) {
        if (node.isBigDecimal()) {
            return JsonNodeFactory.instance.textNode(node.decimalValue().toPlainString());
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            object.properties().forEach(e -> e.setValue(exactDecimals(e.getValue())));
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, exactDecimals(array.get(i)));
            }
        }
        return node;
    }

    private static ObjectNode draws(int count) {
        ObjectNode node = kind("Draw");
        node.put("N", count);
        return node;
    }

    private static ObjectNode kind(String kind) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(KIND, kind);
        return node;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return DlcJson.mapper().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] payload) {
        try {
            return DlcJson.mapper().readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException("a stored command is not JSON although its checksum matched", e);
        }
    }
}
