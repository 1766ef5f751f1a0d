package org.handbook.catalog;

/**
 * The median pay ranges of the Occupation Finder, in the BLS selector's manner (annual, in dollars of the
 * wages' reference month of the edition listed).
 */
public enum PayRange implements Bucketed {
    UNDER_30000("Less than $30,000", null, 29_999),
    FROM_30000_TO_39999("$30,000 to $39,999", 30_000, 39_999),
    FROM_40000_TO_59999("$40,000 to $59,999", 40_000, 59_999),
    FROM_60000_TO_79999("$60,000 to $79,999", 60_000, 79_999),
    FROM_80000_TO_99999("$80,000 to $99,999", 80_000, 99_999),
    FROM_100000("$100,000 or more", 100_000, null);

    private final Bucket bucket;

    PayRange(String label, Integer min, Integer max) {
        this.bucket = new Bucket(label, min, max);
    }

    @Override
    public Bucket bucket() {
        return bucket;
    }
}
