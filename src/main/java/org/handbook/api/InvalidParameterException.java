package org.handbook.api;

/** A query parameter the API cannot use; answered 400 with the parameter's name. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;

    InvalidParameterException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
