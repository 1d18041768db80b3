package org.bagyt.prisoners;

import java.util.Optional;
import java.util.UUID;

/**
 * The prisoner's photograph. An upload is decoded and re-encoded as JPEG, so only pixels are kept: no camera,
 * location or other metadata, and nothing that is not an image. Every upload and every view is audited.
 */
public interface PrisonerPhotos {

  /** Largest upload accepted, in bytes. */
  int MAX_BYTES = 5 * 1024 * 1024;

  /** Largest width or height accepted, in pixels; checked before the image is decoded. */
  int MAX_SIDE = 6000;

  /** Replaces the photo of a prisoner in the uploader's facilities with the image given (JPEG or PNG). */
  void upload(UUID prisonerId, byte[] image);

  /** The photo as JPEG, if there is one, for a reader who may open the prisoner's file. */
  Optional<byte[]> read(UUID prisonerId);

  /** Whether the prisoner has a photo; no image data is read, so nothing to audit. */
  boolean exists(UUID prisonerId);
}
