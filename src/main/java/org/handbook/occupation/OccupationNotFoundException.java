package org.handbook.occupation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No occupation, or no such tab of it, at the requested address. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OccupationNotFoundException extends RuntimeException {

    public OccupationNotFoundException(String slug) {
        super("No occupation " + slug);
    }
}
