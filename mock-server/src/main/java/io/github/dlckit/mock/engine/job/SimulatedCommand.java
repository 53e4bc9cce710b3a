package io.github.dlckit.mock.engine.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * M12, simulated work: what a job's {@code UserCommand} does in the mock. The command runs for the sum of its
 * {@code sleep N} steps (at least one second); each {@code echo} becomes a pod log line at the moment it would
 * print; {@code exit N} with N ≠ 0 ends the run there and fails the job. Anything else takes no time.
 * Steps are separated by {@code &&}, {@code ;}, {@code ||} or new lines.
 *
 * <p>A run starts from a {@link Checkpoint}: the start of the command, or with M12's option
 * {@code ResumeFromCheckpoint} where the previous run stopped (EasyCkpt, R39): finished steps are skipped and not
 * echoed again, a sleep in progress continues with its remaining seconds, and an {@code exit N} runs again.
 */
public final class SimulatedCommand {

    /** A log line and when it is printed, counted from the start of the run. */
    public record LogLine(Duration offset, String text) {
    }

    /**
     * Where a run of the command starts (M12).
     *
     * @param offset how much of the command's time earlier runs completed
     * @param linesPrinted how many of its log lines earlier runs printed
     */
    public record Checkpoint(Duration offset, int linesPrinted) {

        /** The command's start: every run starts here unless {@code ResumeFromCheckpoint} is on. */
        public static final Checkpoint START = new Checkpoint(Duration.ZERO, 0);
    }

    private static final Pattern STEP_SEPARATOR = Pattern.compile("&&|\\|\\||;|\\n");
    private static final Pattern SLEEP = Pattern.compile("sleep\\s+(\\d+(?:\\.\\d+)?)([smhd]?)");
    private static final Pattern EXIT = Pattern.compile("exit\\s+(-?\\d+)");
    private static final Duration MINIMUM = Duration.ofSeconds(1);

    private final Duration duration;
    private final int exitCode;
    private final List<LogLine> logLines;

    private SimulatedCommand(Duration duration, int exitCode, List<LogLine> logLines) {
        this.duration = duration;
        this.exitCode = exitCode;
        this.logLines = Collections.unmodifiableList(logLines);
    }

    /**
     * Reads a user command.
     *
     * @param userCommand the command, possibly null
     * @return what it does in the mock
     */
    public static SimulatedCommand parse(String userCommand) {
        Duration elapsed = Duration.ZERO;
        int exitCode = 0;
        List<LogLine> lines = new ArrayList<>();
        for (String raw : STEP_SEPARATOR.split(userCommand == null ? "" : userCommand)) {
            String step = raw.trim();
            Matcher sleep = SLEEP.matcher(step);
            Matcher exit = EXIT.matcher(step);
            if (sleep.matches()) {
                elapsed = elapsed.plus(sleepDuration(sleep.group(1), sleep.group(2)));
            } else if (step.startsWith("echo ") || step.equals("echo")) {
                lines.add(new LogLine(elapsed, unquote(step.substring(4).trim())));
            } else if (exit.matches()) {
                exitCode = Integer.parseInt(exit.group(1));
                break;
            }
        }
        return new SimulatedCommand(elapsed.compareTo(MINIMUM) < 0 ? MINIMUM : elapsed, exitCode, lines);
    }

    /** @return how long a run takes */
    public Duration duration() {
        return duration;
    }

    /** @return the exit code: 0 succeeds, anything else fails the job */
    public int exitCode() {
        return exitCode;
    }

    /** @return the lines the run prints, in order */
    public List<LogLine> logLines() {
        return logLines;
    }

    /** @return how long a run that starts at {@code from} takes (an exit step at the end takes no time) */
    public Duration remaining(Checkpoint from) {
        Duration left = duration.minus(from.offset());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** @return the lines a run that starts at {@code from} prints, with offsets counted from that run's start */
    public List<LogLine> logLines(Checkpoint from) {
        List<LogLine> lines = new ArrayList<>();
        for (LogLine line : logLines.subList(Math.min(from.linesPrinted(), logLines.size()), logLines.size())) {
            Duration offset = line.offset().minus(from.offset());
            lines.add(new LogLine(offset.isNegative() ? Duration.ZERO : offset, line.text()));
        }
        return lines;
    }

    /**
     * @param from where a run started
     * @param ran how long it ran before it stopped (released, restarted, or ended)
     * @return where the next run resumes: the command's time done so far, and every line printed by then
     */
    public Checkpoint after(Checkpoint from, Duration ran) {
        Duration done = from.offset().plus(ran);
        Duration offset = done.compareTo(duration) > 0 ? duration : done;
        int printed = from.linesPrinted();
        while (printed < logLines.size() && logLines.get(printed).offset().compareTo(offset) <= 0) {
            printed++;
        }
        return new Checkpoint(offset, printed);
    }

    private static Duration sleepDuration(String amount, String unit) {
        double seconds = Double.parseDouble(amount) * switch (unit.toLowerCase(Locale.ROOT)) {
            case "m" -> 60;
            case "h" -> 3600;
            case "d" -> 86400;
            default -> 1;
        };
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'")
                || text.startsWith("\"") && text.endsWith("\""))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
