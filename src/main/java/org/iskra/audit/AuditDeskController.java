package org.iskra.audit;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The audit log for administrators (the security configuration admits no other role). */
@Controller
class AuditDeskController {

  private final AuditLog log;

  AuditDeskController(AuditLog log) {
    this.log = log;
  }

  @GetMapping("/desk/audit")
  String log(
      @RequestParam(defaultValue = "") String action,
      @RequestParam(defaultValue = "1") String page,
      Model model) {
    int number = pageNumber(page);
    String filter = action.strip();
    long total = log.count(filter);
    int pages = (int) Math.max(1, (total + AuditLog.PAGE_SIZE - 1) / AuditLog.PAGE_SIZE);
    if (number > pages) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    List<AuditEntry> entries = log.page(filter, number);
    model.addAttribute("entries", entries);
    model.addAttribute("action", filter);
    model.addAttribute("page", number);
    model.addAttribute("pages", pages);
    model.addAttribute("total", total);
    return "audit/log";
  }

  private static int pageNumber(String page) {
    if (!page.matches("[1-9][0-9]{0,6}")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return Integer.parseInt(page);
  }
}
