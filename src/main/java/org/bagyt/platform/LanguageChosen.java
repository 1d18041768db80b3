package org.bagyt.platform;

import java.util.Locale;

/** A signed-in person switched language; the accounts module remembers it for their next visit. */
public record LanguageChosen(String username, Locale language) {}
