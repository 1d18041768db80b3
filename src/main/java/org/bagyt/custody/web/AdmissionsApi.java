package org.bagyt.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.bagyt.custody.AdmissionRefused;
import org.bagyt.custody.Admissions;
import org.bagyt.custody.Admitted;
import org.bagyt.custody.NewAdmission;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.bagyt.platform.BagytException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admissions")
@Tag(name = "Admissions")
class AdmissionsApi {

  private final Admissions admissions;

  AdmissionsApi(Admissions admissions) {
    this.admissions = admissions;
  }

  @PostMapping
  @Operation(summary = "Admit a person on a commitment order into a cell with a free bed in one of the caller's facilities",
      description = "400 invalid-input lists every problem by field; 403 facility-outside-scope; 409 cell-full; "
          + "409 likely-duplicate when people on file probably are this person (see /api/v1/prisoners/search; send "
          + "differentPerson=true once checked). Nothing is written unless everything is.")
  ResponseEntity<Admitted> admit(@RequestBody NewAdmission admission,
      @RequestParam(defaultValue = "false") boolean differentPerson) throws BindException {
    try {
      if (!differentPerson) {
        admissions.check(admission);
        int duplicates = admissions.likelyDuplicates(admission).size();
        if (duplicates > 0) {
          throw BagytException.conflict("likely-duplicate", "admission.duplicates.api", duplicates);
        }
      }
      Admitted admitted = admissions.admit(admission);
      return ResponseEntity.created(URI.create("/api/v1/prisoners/" + admitted.prisonerId())).body(admitted);
    } catch (AdmissionRefused refused) {
      // The one error handler reports binding errors field by field, translated: hand it the problems that way.
      var result = new MapBindingResult(new java.util.HashMap<>(), "admission");
      refused.errors().forEach((field, key) ->
          result.addError(new FieldError("admission", field, null, false, new String[] {key}, null, key)));
      throw new BindException(result);
    }
  }
}
