package org.bagyt.conduct.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.bagyt.conduct.ComplaintCategory;
import org.bagyt.conduct.Complaints;
import org.bagyt.conduct.NewComplaint;
import org.bagyt.platform.BagytException;
import org.bagyt.platform.Navigation;
import org.bagyt.platform.SignedInUser;
import org.bagyt.platform.web.FormValues;
import org.bagyt.prisoners.PrisonerFiles;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Complaint pages: the register (overdue and allegations on their own), recording a prisoner's complaint, and one
 * complaint with its reply or, for an allegation, the independent body's decision.
 */
@Controller
class ComplaintsController {

  private final Complaints complaints;
  private final PrisonerFiles files;
  private final MessageSource messages;

  ComplaintsController(Complaints complaints, PrisonerFiles files, MessageSource messages) {
    this.complaints = complaints;
    this.files = files;
    this.messages = messages;
  }

  @Bean
  static Navigation complaintsNavigation() {
    return new Navigation(18, "nav.complaints", "/complaints", Complaints.READ);
  }

  @GetMapping("/complaints")
  String register(@RequestParam(required = false) String show, Model model) {
    boolean overdue = "overdue".equals(show);
    boolean allegations = "allegations".equals(show);
    boolean open = "open".equals(show);
    model.addAttribute("complaints", complaints.register(overdue, allegations, open));
    model.addAttribute("show", overdue || allegations || open ? show : "all");
    return "conduct/complaints/register";
  }

  @GetMapping("/prisoners/{id}/complaints/new")
  String form(@PathVariable UUID id, Model model) {
    SignedInUser.require(Complaints.RECORD);
    model.addAttribute("prisoner", files.open(id).prisoner());
    model.addAttribute("categories", ComplaintCategory.values());
    model.addAttribute("replyDays", complaints.replyDays());
    model.addAttribute("today", complaints.today());
    if (model.getAttribute("form") == null) {
      model.addAttribute("form", Map.of());
    }
    return "conduct/complaints/new";
  }

  @PostMapping("/prisoners/{id}/complaints")
  String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    var request = new NewComplaint(FormValues.option(form.get("category"), ComplaintCategory.class), form.get("text"),
        ConductRecordForms.yesNo(form.get("retaliation")), FormValues.parse(form.get("madeOn"), LocalDate::parse));
    try {
      var complaint = complaints.record(id, request);
      redirect.addFlashAttribute("done", complaint.allegation() ? "complaint.done.referred" : "complaint.done.recorded");
      return "redirect:/complaints/" + complaint.id();
    } catch (BagytException refused) {
      ConductRecordForms.refusedHere(refused, model, response, messages);
      model.addAttribute("form", form);
      return form(id, model);
    }
  }

  @GetMapping("/complaints/{id}")
  String complaint(@PathVariable UUID id, Model model) {
    model.addAttribute("complaint", complaints.complaint(id));
    model.addAttribute("mayAnswer", SignedInUser.holds(Complaints.ANSWER));
    model.addAttribute("mayDecide", SignedInUser.holds(Complaints.CLOSE_ALLEGATION));
    return "conduct/complaints/complaint";
  }

  @PostMapping("/complaints/{id}/answer")
  String answer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> complaints.answer(id, ConductRecordForms.version(form), form.get("reply")), model, response,
        redirect);
  }

  @PostMapping("/complaints/{id}/decision")
  String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return act(id, () -> complaints.decide(id, ConductRecordForms.version(form), form.get("reply")), model, response,
        redirect);
  }

  private String act(UUID id, Runnable action, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    try {
      action.run();
      redirect.addFlashAttribute("done", "complaint.done.closed");
      return "redirect:/complaints/" + id;
    } catch (BagytException refused) {
      ConductRecordForms.refusedHere(refused, model, response, messages);
      return complaint(id, model);
    }
  }
}
