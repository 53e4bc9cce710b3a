package io.github.dlckit.model;

/** A closed value set whose constants stand for texts on the wire. */
public interface WireEnum {

    /**
     * The text the service uses for this constant.
     *
     * @return the wire value, or null for the {@code UNKNOWN} constant
     */
    String wireValue();
}
