package org.bagyt.demo;

import java.util.List;
import java.util.Random;

/** Kyrgyz and Russian names in Cyrillic, drawn from a seeded generator. */
final class DemoNames {

  private static final List<String> MALE_GIVEN = List.of("Азамат", "Бакыт", "Нурлан", "Эрлан", "Айбек", "Талант",
      "Улан", "Марат", "Бекжан", "Чыңгыз", "Жеңишбек", "Мирлан", "Сергей", "Алексей", "Дмитрий");
  private static final List<String> FEMALE_GIVEN = List.of("Айгүл", "Жылдыз", "Гүлнара", "Динара", "Нургүл",
      "Асель", "Бермет", "Айжан", "Чолпон", "Елена", "Ольга", "Наталья");
  private static final List<String> SURNAMES = List.of("Асанов", "Осмонов", "Токтогулов", "Сатыбалдиев", "Жусупов",
      "Мамытов", "Исаков", "Абдыкадыров", "Жапаров", "Үсөнов", "Турдубаев", "Кадыров", "Иванов", "Ким", "Петров");

  private final Random random;

  DemoNames(Random random) {
    this.random = random;
  }

  String staffName() {
    boolean female = random.nextBoolean();
    String given = pick(female ? FEMALE_GIVEN : MALE_GIVEN);
    String surname = pick(SURNAMES);
    if (female && !surname.equals("Ким")) {
      surname = surname + "а";
    }
    return given + " " + surname;
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }
}
