package io.github.dlckit.examples.common;

/**
 * One command-line option of a program: {@code --name VALUE} when it has a value name, else a switch
 * {@code --name}.
 *
 * @param name the name without the dashes
 * @param valueName what the value is, for the usage text ({@code CNY}); null for a switch
 * @param defaultValue the value when the option is not given; null for none
 * @param help one line for the usage text
 */
public record Option(String name, String valueName, String defaultValue, String help) {

    /**
     * @param name the name without the dashes
     * @param valueName what the value is, for the usage text
     * @param defaultValue the value when the option is not given; null for none
     * @param help one line for the usage text
     * @return an option that takes a value
     */
    public static Option value(String name, String valueName, String defaultValue, String help) {
        return new Option(name, valueName, defaultValue, help);
    }

    /**
     * @param name the name without the dashes
     * @param help one line for the usage text
     * @return a switch: present or not
     */
    public static Option toggle(String name, String help) {
        return new Option(name, null, null, help);
    }

    /** @return whether the option is followed by a value */
    public boolean takesValue() {
        return valueName != null;
    }

    /** @return the option's line in the usage text */
    String usageLine() {
        String left = "--" + name + (takesValue() ? " " + valueName : "");
        String right = help + (defaultValue != null ? " (default " + defaultValue + ")" : "");
        return String.format("  %-26s %s", left, right);
    }
}
