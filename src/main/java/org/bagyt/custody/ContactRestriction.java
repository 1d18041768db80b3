package org.bagyt.custody;

/**
 * A restriction of the means of family contact while segregated, always with an expiry (Mandela Rule 43(3), Bangkok
 * Rule 23). A ban on family contact is not among the choices a request may make stick: {@link #NO_FAMILY_CONTACT}
 * exists so that a request asking for it is refused with its reason, never stored.
 */
public enum ContactRestriction {
  NO_FAMILY_CONTACT, NO_PHYSICAL_CONTACT_VISITS, SUPERVISED_CALLS_ONLY, LETTERS_AND_CALLS_ONLY
}
