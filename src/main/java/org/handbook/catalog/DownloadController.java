package org.handbook.catalog;

import java.util.List;
import org.handbook.system.SiteAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Every occupation's quick facts to download: {@code /data/occupations.csv} and {@code .json}. */
@Controller
class DownloadController {

    static final String SOURCE = "Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook";

    private final CatalogService catalog;
    private final SiteAddress site;

    DownloadController(CatalogService catalog, SiteAddress site) {
        this.catalog = catalog;
        this.site = site;
    }

    /** The JSON download: where it comes from, then the occupations by title. */
    record Download(String source, String sourceUrl, String url, List<OccupationRecord> occupations) {
    }

    @GetMapping(value = "/data/occupations.csv")
    ResponseEntity<String> csv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, Csv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"occupations.csv\"")
                .body(Csv.of(records()));
    }

    @GetMapping(value = "/data/occupations.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Download json() {
        return new Download(SOURCE, "https://www.bls.gov/ooh/", site.absolute("/data/occupations.json"), records());
    }

    private List<OccupationRecord> records() {
        return catalog.all().stream().map(e -> OccupationRecord.of(e, site)).toList();
    }
}
