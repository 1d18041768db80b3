package org.bagyt.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bagyt.estate.FacilityType;
import org.bagyt.estate.HeldSex;
import org.bagyt.prisoners.CommitmentOrder;
import org.bagyt.prisoners.LatinSpelling;
import org.bagyt.prisoners.LegalStatus;
import org.bagyt.prisoners.NewPrisoner;
import org.bagyt.prisoners.Sex;

/**
 * Prisoners with Kyrgyz, Russian and Uzbek names in Cyrillic and their BGN/PCGN Latin spellings, placed in
 * cells up to their beds so that occupancy and overcrowding look like a real service.
 */
final class DemoPrisoners {

  /** A free bed, in a facility of known type; {@code sex} is the cell's (never MIXED: a cell holds one sex). */
  record Bed(UUID facilityId, UUID cellId, FacilityType type, HeldSex sex, boolean juvenile) {}

  private enum Origin { KYRGYZ, RUSSIAN, UZBEK }

  private static final List<String> KY_MALE = List.of("Азамат", "Бакыт", "Нурлан", "Эрлан", "Айбек", "Талант", "Улан",
      "Марат", "Бекжан", "Чыңгыз", "Жеңишбек", "Мирлан", "Нурбек", "Эрмек", "Адилет", "Максат", "Канат", "Данияр",
      "Тилек", "Үмүт", "Жаныбек", "Медер", "Бактыбек", "Кубаныч", "Өмүрбек", "Самат", "Эмил", "Элдияр", "Руслан", "Темирлан");
  private static final List<String> KY_FEMALE = List.of("Айгүл", "Жылдыз", "Гүлнара", "Динара", "Нургүл", "Асель",
      "Бермет", "Айжан", "Чолпон", "Мээрим", "Айпери", "Нуриза", "Гүлзат", "Каныкей", "Элнура");
  private static final List<String> KY_FAMILY = List.of("Асанов", "Осмонов", "Токтогулов", "Сатыбалдиев", "Жусупов",
      "Мамытов", "Исаков", "Абдыкадыров", "Жапаров", "Үсөнов", "Турдубаев", "Кадыров", "Бакиров", "Эсенбеков",
      "Сыдыков", "Орозбеков", "Алымкулов", "Байышев", "Төлөгөнов", "Жумабаев", "Муратбеков", "Чыныбаев", "Шаршеев");
  private static final List<String> KY_FATHER = List.of("Асанбек", "Бакыт", "Сапар", "Токтосун", "Жумабек", "Курманбек",
      "Абдыкалык", "Өмүрбек", "Мырзабек", "Талайбек", "Касым", "Эркин");
  private static final List<String> RU_MALE = List.of("Сергей", "Алексей", "Дмитрий", "Андрей", "Владимир", "Николай",
      "Игорь", "Евгений", "Александр", "Виктор", "Олег", "Павел", "Михаил", "Юрий");
  private static final List<String> RU_FEMALE = List.of("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана",
      "Анна", "Марина");
  private static final List<String> RU_FAMILY = List.of("Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
      "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Лебедев", "Ким", "Пак", "Цой");
  private static final List<String> RU_FATHER = List.of("Иван", "Пётр", "Сергей", "Николай", "Владимир", "Александр",
      "Михаил", "Юрий", "Виктор");
  private static final List<String> UZ_MALE = List.of("Шерзод", "Фарход", "Бахтиёр", "Рустам", "Улугбек", "Жахонгир",
      "Азиз", "Дильшод", "Отабек", "Бобур", "Санжар", "Хуршид", "Алишер");
  private static final List<String> UZ_FEMALE = List.of("Дилноза", "Гульнора", "Нилуфар", "Феруза", "Шахноза", "Зарина");
  private static final List<String> UZ_FAMILY = List.of("Юсупов", "Каримов", "Рахимов", "Абдуллаев", "Турсунов",
      "Назаров", "Хасанов", "Алиев", "Исмоилов", "Мирзаев", "Холматов", "Эргашев");
  private static final List<String> UZ_FATHER = List.of("Абдулла", "Рахим", "Карим", "Юсуф", "Тохир", "Хасан");


  private DemoPrisoners() {}

  /** About {@code 10,000 × scale} prisoners, filling the given beds in order. */
  static List<NewPrisoner> generate(Random random, List<Bed> beds, int count, Instant now) {
    var prisoners = new ArrayList<NewPrisoner>(count);
    for (int i = 0; i < count && i < beds.size(); i++) {
      prisoners.add(person(random, beds.get(i), now));
    }
    return prisoners;
  }

  private static NewPrisoner person(Random random, Bed bed, Instant now) {
    Sex sex = bed.sex() == HeldSex.FEMALE ? Sex.FEMALE : Sex.MALE;
    boolean female = sex == Sex.FEMALE;
    int roll = random.nextInt(100);
    Origin origin = roll < 72 ? Origin.KYRGYZ : roll < 88 ? Origin.UZBEK : Origin.RUSSIAN;
    String given;
    String family;
    String patronymic;
    switch (origin) {
      case KYRGYZ -> {
        given = pick(random, female ? KY_FEMALE : KY_MALE);
        String father = pick(random, KY_FATHER);
        if (random.nextInt(4) == 0) {
          // Names without a family surname: "Асанбек уулу Нурлан", "Бакыт кызы Айгүл".
          family = father + (female ? " кызы" : " уулу");
          patronymic = null;
        } else {
          family = feminine(pick(random, KY_FAMILY), female);
          patronymic = father + (female ? "овна" : "ович");
        }
      }
      case UZBEK -> {
        given = pick(random, female ? UZ_FEMALE : UZ_MALE);
        family = feminine(pick(random, UZ_FAMILY), female);
        patronymic = pick(random, UZ_FATHER) + (female ? "овна" : "ович");
      }
      default -> {
        given = pick(random, female ? RU_FEMALE : RU_MALE);
        family = feminine(pick(random, RU_FAMILY), female);
        String father = pick(random, RU_FATHER);
        patronymic = father.replace("й", "") + (female ? "овна" : "ович");
      }
    }
    String latinName = LatinSpelling.suggest(family, given,
        origin == Origin.RUSSIAN ? LatinSpelling.Script.RUSSIAN : LatinSpelling.Script.KYRGYZ);
    int age = bed.juvenile() ? 14 + random.nextInt(4) : 18 + (int) Math.abs(random.nextGaussian() * 12);
    LocalDate born = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).minusYears(age).minusDays(random.nextInt(365));
    Instant admitted = now.minus(1 + random.nextInt(bed.type() == FacilityType.PRE_TRIAL ? 300 : 1800), ChronoUnit.DAYS);
    LegalStatus status = bed.type() == FacilityType.PRE_TRIAL
        ? (random.nextInt(6) == 0 ? LegalStatus.UNDER_APPEAL : LegalStatus.UNTRIED) : LegalStatus.CONVICTED;
    String citizenship = origin == Origin.UZBEK && random.nextInt(5) == 0 ? "UZ" : "KG";
    return new NewPrisoner(family, given, patronymic, latinName, born, sex, citizenship, status, bed.facilityId(),
        bed.cellId(), admitted, commitmentOrder(random, bed, admitted));
  }

  private static final List<String> COURTS = List.of("Бишкек шаарынын Биринчи май райондук соту",
      "Бишкек шаарынын Свердлов райондук соту", "Ош шаардык соту", "Чүй облустук соту", "Жалал-Абад облустук соту",
      "Кыргыз Республикасынын Жогорку соту");

  /** Untried people come in on an investigator's detention order endorsed by a court; convicted ones on a verdict. */
  private static CommitmentOrder commitmentOrder(Random random, Bed bed, Instant admitted) {
    LocalDate issued = LocalDate.ofInstant(admitted, java.time.ZoneOffset.UTC).minusDays(random.nextInt(3));
    String number = (bed.type() == FacilityType.PRE_TRIAL ? "1-" : "2-") + (100 + random.nextInt(9900)) + "/" + issued.getYear();
    return new CommitmentOrder(pick(random, COURTS), number, issued);
  }

  private static String feminine(String surname, boolean female) {
    if (!female || !(surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин"))) {
      return surname;
    }
    return surname + "а";
  }

  private static String pick(Random random, List<String> names) {
    return names.get(random.nextInt(names.size()));
  }
}
