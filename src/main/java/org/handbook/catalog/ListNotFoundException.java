package org.handbook.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No list of occupations at the requested address. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ListNotFoundException extends RuntimeException {

    ListNotFoundException(String name) {
        super("No list of occupations " + name);
    }
}
