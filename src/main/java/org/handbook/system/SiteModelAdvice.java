package org.handbook.system;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the site's address and today's date, which citations show as the visit date. */
@ControllerAdvice
class SiteModelAdvice {

    private final SiteAddress address;
    private final SiteProperties site;

    SiteModelAdvice(SiteAddress address, SiteProperties site) {
        this.address = address;
        this.site = site;
    }

    /** Templates build absolute URLs with {@code site.absolute(path)}. */
    @ModelAttribute("site")
    SiteAddress site() {
        return address;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(site.timeZone());
    }
}
