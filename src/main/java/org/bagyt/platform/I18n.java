package org.bagyt.platform;

import com.ibm.icu.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats text, plurals, dates and numbers in the user's language. Plurals use ICU, because the JDK's
 * MessageFormat cannot express Russian one/few/many. Templates call it as {@code @i18n}.
 */
@Component("i18n")
public class I18n {

  private final MessageSource messages;
  private final BagytProperties properties;

  I18n(MessageSource messages, BagytProperties properties) {
    this.messages = messages;
    this.properties = properties;
  }

  /** A message whose pattern uses ICU syntax, e.g. {@code {count, plural, one {# cell} other {# cells}}}. */
  public String plural(String code, Number count) {
    return format(code, Map.of("count", count));
  }

  public String format(String code, Map<String, Object> arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    String pattern = messages.getMessage(code, null, locale);
    return new MessageFormat(pattern, locale).format(arguments);
  }

  public String number(Number value) {
    return com.ibm.icu.text.NumberFormat.getInstance(LocaleContextHolder.getLocale()).format(value);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(LocaleContextHolder.getLocale()).format(date);
  }

  /** A moment shown in the service's time zone (default Asia/Bishkek). */
  public String dateTime(Instant instant) {
    return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(LocaleContextHolder.getLocale()).withZone(properties.zone()).format(instant);
  }
}
