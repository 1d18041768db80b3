package org.bagyt.accounts;

/** Messages to members of staff, shown on their home page; the text is a message key with three arguments. */
public interface StaffNotices {

  void send(String recipient, String messageKey, String first, String second, String third);
}
