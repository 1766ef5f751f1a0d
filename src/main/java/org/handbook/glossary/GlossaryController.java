package org.handbook.glossary;

import java.util.List;
import org.handbook.system.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GlossaryController {

    static final String VIEW = "glossary/glossary";

    private final GlossaryService glossary;

    GlossaryController(GlossaryService glossary) {
        this.glossary = glossary;
    }

    @GetMapping("/glossary")
    String glossary(Model model) {
        List<GlossaryService.Definition> definitions = glossary.definitions();
        model.addAttribute("terms", definitions.stream().filter(d -> !d.isTab()).toList());
        model.addAttribute("tabs", definitions.stream().filter(GlossaryService.Definition::isTab).toList());
        model.addAttribute("page", new PageMeta("Glossary",
                "Definitions of the terms used in the Occupational Outlook Handbook's quick facts, "
                        + "occupation finder and profile tabs.",
                "/glossary", List.of(PageMeta.Crumb.HOME, new PageMeta.Crumb("Glossary", null))));
        return VIEW;
    }
}
