package io.github.dlckit.sdk.spot;

/** Where an attempt runs, as positions in the runner's lists: region, instance type, and raises of the bid. */
final class Placement {

    static final Placement FIRST = new Placement(0, 0, 0);

    final int region;
    final int type;
    final int raises;

    Placement(int region, int type, int raises) {
        this.region = region;
        this.type = type;
        this.raises = raises;
    }

    @Override
    public String toString() {
        return "region #" + region + ", type #" + type + ", " + raises + " raise(s)";
    }
}
