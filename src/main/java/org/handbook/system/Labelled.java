package org.handbook.system;

/** A category stored as a code and shown with the words BLS uses for it. */
public interface Labelled {

    String label();
}
