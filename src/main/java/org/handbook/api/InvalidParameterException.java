package org.handbook.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query parameters the API cannot use; answered 400 naming each of them with its reason. */
class InvalidParameterException extends RuntimeException {

    private final Map<String, String> reasons;

    /** @param reasons why each invalid parameter is wrong, by parameter name, in the order to report them */
    InvalidParameterException(Map<String, String> reasons) {
        super(String.join(", ", reasons.keySet()));
        this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    InvalidParameterException(String parameter, String reason) {
        this(Map.of(parameter, reason));
    }

    Map<String, String> reasons() {
        return reasons;
    }
}
