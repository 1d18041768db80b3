package org.bagyt.prisoners;

public enum Sex { MALE, FEMALE }
