package org.bagyt.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names for a million generated prisoners: Kyrgyz (72%), Uzbek (16%) and Russian (12%) as in the demo service,
 * but from larger lists, drawn with a Zipf-like skew (a few names very common, a long tail), with Kyrgyz
 * surnames formed from forefathers' names as they are (Жапар → Жапаров), a quarter of Kyrgyz people named in
 * the form without a surname ("Асанбек уулу Нурлан"), and female forms of surnames and patronymics.
 */
final class GeneratedPeople {

  record Person(String family, String given, String patronymic, boolean female) {

    String name() {
      return family + " " + given + (patronymic == null ? "" : " " + patronymic);
    }
  }

  static final List<String> KY_MALE = List.of("Азамат", "Бакыт", "Нурлан", "Эрлан", "Айбек", "Талант", "Улан", "Марат",
      "Бекжан", "Чыңгыз", "Жеңишбек", "Мирлан", "Нурбек", "Эрмек", "Адилет", "Максат", "Канат", "Данияр", "Тилек", "Үмүт",
      "Жаныбек", "Медер", "Бактыбек", "Кубаныч", "Өмүрбек", "Самат", "Эмил", "Элдияр", "Руслан", "Темирлан", "Асылбек",
      "Алмаз", "Бекболот", "Бакай", "Болот", "Мелис", "Нурсултан", "Жоомарт", "Кайрат", "Курманбек", "Мирбек", "Садыр",
      "Сейтбек", "Таалай", "Токтосун", "Уланбек", "Урмат", "Замир", "Эркин", "Эрнис", "Эсен", "Айдар", "Акылбек",
      "Алтынбек", "Аскар", "Бекзат", "Жусуп", "Жээнбек", "Калыс", "Кылычбек", "Мурат", "Нурдин", "Орозбек", "Сагын",
      "Сүйүнбек", "Темир", "Тынчтык", "Улукбек", "Шайлообек", "Эмилбек", "Жолдошбек", "Каныбек", "Бекмурат", "Дастан",
      "Кутман", "Нуржан", "Рахат", "Санжар", "Талгат", "Элмир", "Эламан", "Асанбек", "Сапар", "Жумабек", "Абдыкалык",
      "Мырзабек", "Талайбек", "Касым", "Төлөгөн", "Жапар", "Осмон", "Токтогул", "Сатыбалды", "Мамыт", "Исак", "Абдыкадыр",
      "Үсөн", "Кадыр", "Бакир", "Сыдык", "Алымкул", "Байыш", "Чыныбай", "Шаршен", "Кожомкул", "Сарыбай", "Темирбай",
      "Турдубай", "Жумабай", "Сейит", "Кенжебек", "Молдобек", "Өскөн", "Үсөнбек", "Мамбет", "Кочкор", "Эшмат", "Тургунбай");
  static final List<String> KY_FEMALE = List.of("Айгүл", "Жылдыз", "Гүлнара", "Динара", "Нургүл", "Асель", "Бермет",
      "Айжан", "Чолпон", "Мээрим", "Айпери", "Нуриза", "Гүлзат", "Каныкей", "Элнура", "Айзада", "Айнура", "Акмаал",
      "Алтынай", "Бактыгүл", "Гүлмира", "Жибек", "Жазгүл", "Назгүл", "Салтанат", "Толгонай", "Үмүт", "Шайыркүл",
      "Эльвира", "Эльмира", "Калыйча", "Мырзайым", "Бүбүсара", "Айсулуу", "Нурзат");
  static final List<String> RU_MALE = List.of("Сергей", "Алексей", "Дмитрий", "Андрей", "Владимир", "Николай", "Игорь",
      "Евгений", "Александр", "Виктор", "Олег", "Павел", "Михаил", "Юрий", "Иван", "Пётр", "Константин", "Вячеслав",
      "Геннадий", "Валерий", "Роман", "Денис", "Артём", "Максим", "Антон", "Илья", "Григорий", "Степан", "Фёдор", "Егор");
  static final List<String> RU_FEMALE = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна",
      "Марина", "Юлия", "Екатерина", "Людмила", "Валентина", "Галина", "Оксана", "Мария");
  static final List<String> RU_FAMILY = List.of("Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
      "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Лебедев", "Ким", "Пак", "Цой", "Семёнов",
      "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
      "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
      "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов",
      "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов",
      "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов", "Крылов",
      "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов",
      "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов", "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров");
  static final List<String> UZ_MALE = List.of("Шерзод", "Фарход", "Бахтиёр", "Рустам", "Улугбек", "Жахонгир", "Азиз",
      "Дильшод", "Отабек", "Бобур", "Санжар", "Хуршид", "Алишер", "Акмал", "Баходир", "Равшан", "Шухрат", "Илхом",
      "Жамшид", "Ойбек", "Нодир", "Анвар", "Фаррух", "Зафар", "Ботир", "Абдулла", "Рахим", "Карим", "Юсуф", "Тохир",
      "Хасан", "Умид", "Исмоил", "Эргаш", "Мирзо", "Холмат", "Турсун");
  static final List<String> UZ_FEMALE = List.of("Дилноза", "Гульнора", "Нилуфар", "Феруза", "Шахноза", "Зарина", "Мохира",
      "Дилфуза", "Гулчехра", "Умида", "Малика", "Севара");

  private final Random random;

  GeneratedPeople(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  Person next() {
    boolean female = random.nextInt(10) == 0;
    int roll = random.nextInt(100);
    if (roll < 72) {
      String given = zipf(female ? KY_FEMALE : KY_MALE);
      String father = zipf(KY_MALE);
      if (random.nextInt(4) == 0) {
        return new Person(father + (female ? " кызы" : " уулу"), given, null, female);
      }
      return new Person(feminine(surname(zipf(KY_MALE)), female), given, patronymic(father, female), female);
    }
    if (roll < 88) {
      return new Person(feminine(surname(zipf(UZ_MALE)), female), zipf(female ? UZ_FEMALE : UZ_MALE),
          patronymic(zipf(UZ_MALE), female), female);
    }
    return new Person(feminine(zipf(RU_FAMILY), female), zipf(female ? RU_FEMALE : RU_MALE),
        patronymic(zipf(RU_MALE), female), female);
  }

  /** A surname from a forefather's name: Жапар → Жапаров, Турдубай → Турдубаев, Сатыбалды → Сатыбалдиев. */
  static String surname(String forefather) {
    if (forefather.endsWith("й")) {
      return forefather.substring(0, forefather.length() - 1) + "ев";
    }
    if (forefather.endsWith("ы") || forefather.endsWith("и")) {
      return forefather.substring(0, forefather.length() - 1) + "иев";
    }
    if (forefather.endsWith("а") || forefather.endsWith("о")) {
      return forefather + "ев";
    }
    return forefather + "ов";
  }

  /** Russian-style patronymic: Асанбек → Асанбекович/Асанбековна, Сергей → Сергеевич, Абдулла → Абдуллаевич. */
  static String patronymic(String father, boolean female) {
    String stem;
    String suffix;
    if (father.endsWith("й")) {
      stem = father.substring(0, father.length() - 1);
      suffix = female ? "евна" : "евич";
    } else if (father.endsWith("а") || father.endsWith("о")) {
      stem = father;
      suffix = female ? "евна" : "евич";
    } else {
      stem = father.replace("ь", "");
      suffix = female ? "овна" : "ович";
    }
    return stem + suffix;
  }

  private static String feminine(String surname, boolean female) {
    if (!female || !(surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин"))) {
      return surname;
    }
    return surname + "а";
  }

  /** Rank r drawn with weight 1/(r+1): the commonest name about 15 times as likely as the 15th. */
  private String zipf(List<String> names) {
    double total = 0;
    for (int r = 0; r < names.size(); r++) {
      total += 1.0 / (r + 1);
    }
    double pick = random.nextDouble() * total;
    for (int r = 0; r < names.size(); r++) {
      pick -= 1.0 / (r + 1);
      if (pick <= 0) {
        return names.get(r);
      }
    }
    return names.get(names.size() - 1);
  }

  static List<String> words(String name) {
    var words = new ArrayList<String>();
    for (String w : name.split(" ")) {
      if (!w.isBlank()) {
        words.add(w);
      }
    }
    return words;
  }
}
