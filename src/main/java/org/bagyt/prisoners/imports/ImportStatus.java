package org.bagyt.prisoners.imports;

/** Where an uploaded register is on its way: mapped and checked, then imported all at once or not at all. */
public enum ImportStatus { UPLOADED, CHECKED, RUNNING, IMPORTED, FAILED }
