package org.handbook.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No occupation group at the requested address. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CatalogNotFoundException extends RuntimeException {

    CatalogNotFoundException(String slug) {
        super("No occupation group " + slug);
    }
}
