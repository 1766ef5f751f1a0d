package org.handbook.catalog;

/** The ranges of the projected number of new jobs (numeric employment change over an edition's projection period). */
public enum NewJobsRange implements Bucketed {
    DECLINE("Decline (fewer jobs)", null, -1),
    FROM_0_TO_999("0 to 999", 0, 999),
    FROM_1000_TO_4999("1,000 to 4,999", 1_000, 4_999),
    FROM_5000_TO_9999("5,000 to 9,999", 5_000, 9_999),
    FROM_10000_TO_49999("10,000 to 49,999", 10_000, 49_999),
    FROM_50000("50,000 or more", 50_000, null);

    private final Bucket bucket;

    NewJobsRange(String label, Integer min, Integer max) {
        this.bucket = new Bucket(label, min, max);
    }

    @Override
    public Bucket bucket() {
        return bucket;
    }
}
