package org.handbook.importer;

/**
 * The file cannot be used: it is not BLS's OOH XML, or it breaks off. The message says why and where
 * (line and column), in words an operator can act on.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
