package org.handbook.api;

import java.util.List;

/** Every occupation group. */
public record GroupList(List<GroupDto> items, Source source) {
}
