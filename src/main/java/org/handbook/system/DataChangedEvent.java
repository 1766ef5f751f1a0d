package org.handbook.system;

/**
 * Published after the data the site serves changed at run time (an edition was imported, here or
 * by another instance): whatever holds a copy of the data in memory drops it.
 */
public record DataChangedEvent(DataVersion.Snapshot version) {
}
