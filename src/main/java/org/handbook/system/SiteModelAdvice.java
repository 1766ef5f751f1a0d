package org.handbook.system;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the site settings and today's date, which citations show as the visit date. */
@ControllerAdvice
class SiteModelAdvice {

    private final SiteProperties site;

    SiteModelAdvice(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(site.timeZone());
    }
}
