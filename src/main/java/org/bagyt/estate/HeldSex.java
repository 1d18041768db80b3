package org.bagyt.estate;

/** Who a facility holds (Mandela Rule 11 keeps men and women apart). */
public enum HeldSex { MALE, FEMALE, MIXED }
