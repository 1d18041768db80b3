package org.bagyt.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.bagyt.conduct.Contact;
import org.bagyt.conduct.ContactLimit;
import org.bagyt.conduct.Contacts;
import org.bagyt.conduct.NewContact;
import org.bagyt.conduct.NewContactLimit;
import org.bagyt.conduct.NewVisitor;
import org.bagyt.conduct.Visitor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Visits and contacts")
class ContactsApi {

  private final Contacts contacts;

  ContactsApi(Contacts contacts) {
    this.contacts = contacts;
  }

  @GetMapping("/api/v1/visits")
  @Operation(summary = "The latest visits, calls and letters in the caller's facilities, and the limits on contact in force today")
  Contacts.Register register() {
    return contacts.register();
  }

  @GetMapping("/api/v1/prisoners/{id}/contacts")
  @Operation(summary = "A prisoner's visitors, contacts and limits on contact")
  Contacts.OfPrisoner ofPrisoner(@PathVariable UUID id) {
    return contacts.ofPrisoner(id);
  }

  @PostMapping("/api/v1/prisoners/{id}/visitors")
  @Operation(summary = "Register a visitor for the prisoner (201), found by identity document when already known; "
      + "409 visitor-already-registered")
  ResponseEntity<Visitor> addVisitor(@PathVariable UUID id, @RequestBody NewVisitor visitor) {
    return ResponseEntity.status(HttpStatus.CREATED).body(contacts.addVisitor(id, visitor));
  }

  @PostMapping("/api/v1/prisoners/{id}/contacts")
  @Operation(summary = "Record a visit, call or letter with a registered visitor (201); 409 means-withheld")
  ResponseEntity<Contact> recordContact(@PathVariable UUID id, @RequestBody NewContact contact) {
    return ResponseEntity.status(HttpStatus.CREATED).body(contacts.recordContact(id, contact));
  }

  @PostMapping("/api/v1/prisoners/{id}/contact-limits")
  @Operation(summary = "Withhold one or two means of contact until an expiry (governor, 201); 400 expiry-required; "
      + "409 family-contact-ban when no means of family contact would be left")
  ResponseEntity<ContactLimit> limit(@PathVariable UUID id, @RequestBody NewContactLimit limit) {
    return ResponseEntity.status(HttpStatus.CREATED).body(contacts.limit(id, limit));
  }
}
