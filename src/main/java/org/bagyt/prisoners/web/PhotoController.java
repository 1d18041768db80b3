package org.bagyt.prisoners.web;

import java.io.IOException;
import java.util.UUID;
import org.bagyt.platform.BagytException;
import org.bagyt.prisoners.PrisonerPhotos;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prisoner's photo: shown on the file page, taken (uploaded) by facility staff. */
@Controller
class PhotoController {

  private final PrisonerPhotos photos;

  PhotoController(PrisonerPhotos photos) {
    this.photos = photos;
  }

  @GetMapping("/prisoners/{id}/photo")
  ResponseEntity<byte[]> photo(@PathVariable UUID id) {
    byte[] jpeg = photos.read(id).orElseThrow(BagytException::notFound);
    // A face is biometric data: never kept in a shared or browser cache.
    return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
        .cacheControl(CacheControl.noStore().cachePrivate()).body(jpeg);
  }

  @PostMapping(path = "/prisoners/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(@PathVariable UUID id, @RequestParam(name = "photo", required = false) MultipartFile photo,
      RedirectAttributes redirect) throws IOException {
    try {
      if (photo != null && photo.getSize() > PrisonerPhotos.MAX_BYTES) {
        throw BagytException.invalid("photo-too-large", "photo.error.too-large");
      }
      photos.upload(id, photo == null ? null : photo.getBytes());
      redirect.addFlashAttribute("photoDone", "photo.done");
    } catch (BagytException refused) {
      if (refused.status().value() != 400) {
        throw refused;
      }
      redirect.addFlashAttribute("photoError", refused.messageKey());
    }
    return "redirect:/prisoners/" + id + "#photo";
  }
}
