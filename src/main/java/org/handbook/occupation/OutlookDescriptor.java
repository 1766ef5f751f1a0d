package org.handbook.occupation;

import org.handbook.system.Labelled;

/** The words BLS puts beside a projected growth rate ("16% (Much faster than average)"). */
public enum OutlookDescriptor implements Labelled {
    DECLINE("Decline"),
    LITTLE_OR_NO_CHANGE("Little or no change"),
    SLOWER("Slower than average"),
    AVERAGE("As fast as average"),
    FASTER("Faster than average"),
    MUCH_FASTER("Much faster than average");

    private final String label;

    OutlookDescriptor(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
