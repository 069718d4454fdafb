package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageDetectorTests {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry(
                    "english",
                    "The cat is a small domesticated carnivorous mammal. It is the only domesticated species in the"
                            + " family Felidae, and it is commonly kept as a house pet by people who like its company."),
            Map.entry(
                    "german",
                    "Die Hauskatze ist ein kleines Raubtier und eine Unterart der Wildkatze. Sie wird seit Jahrtausenden"
                            + " als Haustier gehalten, und in vielen Ländern ist sie das beliebteste Tier der Familie."),
            Map.entry(
                    "french",
                    "Le chat domestique est un petit mammifère carnivore de la famille des félidés. Il est l'un des"
                            + " principaux animaux de compagnie et vit avec les humains depuis plus de dix mille ans."),
            Map.entry(
                    "spanish",
                    "El gato doméstico es un mamífero carnívoro de la familia de los félidos. Es una de las mascotas"
                            + " más populares del mundo y convive con el ser humano desde hace miles de años."),
            Map.entry(
                    "italian",
                    "Il gatto domestico è un piccolo mammifero carnivoro della famiglia dei felidi. È uno degli animali"
                            + " da compagnia più diffusi e vive con gli esseri umani da migliaia di anni."),
            Map.entry(
                    "portuguese",
                    "O gato doméstico é um pequeno mamífero carnívoro da família dos felídeos. É um dos animais de"
                            + " estimação mais populares do mundo e vive com os seres humanos há milhares de anos."),
            Map.entry(
                    "dutch",
                    "De huiskat is een klein roofdier uit de familie van de katachtigen. Het is een van de meest"
                            + " populaire huisdieren en leeft al duizenden jaren samen met de mens, die er veel van houdt."),
            Map.entry(
                    "swedish",
                    "Katten är ett litet rovdjur som har levt tillsammans med människan i tusentals år. Den är ett av"
                            + " de mest populära husdjuren och det finns många raser som skiljer sig från varandra."),
            Map.entry(
                    "danish",
                    "Katten er et lille rovdyr, som har levet sammen med mennesker i tusinder af år. Den er et af de"
                            + " mest populære kæledyr, og der er mange racer, som er meget forskellige fra hinanden."),
            Map.entry(
                    "norwegian",
                    "Katten er et lite rovdyr som har levd sammen med mennesker i tusenvis av år. Den er et av de mest"
                            + " populære kjæledyrene, og det finnes mange raser som skiller seg mye fra hverandre."),
            Map.entry(
                    "finnish",
                    "Kissa on pieni petoeläin, joka on elänyt ihmisten kanssa tuhansia vuosia. Se on yksi suosituimmista"
                            + " lemmikeistä, ja sen rodut ovat hyvin erilaisia, mutta ne ovat myös hyvin itsenäisiä."),
            Map.entry(
                    "russian",
                    "Домашняя кошка — это небольшое хищное млекопитающее из семейства кошачьих. Она живёт рядом с"
                            + " человеком уже несколько тысяч лет и является одним из самых популярных домашних животных,"
                            + " но при этом так и не стала полностью ручной."),
            Map.entry(
                    "czech",
                    "Kočka domácí je malá šelma, která žije s lidmi už tisíce let. Je to jedno z nejoblíbenějších"
                            + " domácích zvířat a v mnoha zemích je to nejčastější mazlíček, ale také se o ni musí"
                            + " pečovat."),
            Map.entry(
                    "hungarian",
                    "A házi macska egy kis ragadozó, amely már évezredek óta együtt él az emberrel. Ez az egyik"
                            + " legkedveltebb háziállat, és sok országban a leggyakoribb kedvenc, de a gondozása is"
                            + " fontos."),
            Map.entry(
                    "romanian",
                    "Pisica domestică este un mic carnivor care trăiește alături de oameni de mii de ani. Este unul"
                            + " dintre cele mai iubite animale de companie și în multe țări este cel mai răspândit, dar"
                            + " are nevoie de îngrijire."),
            Map.entry(
                    "turkish",
                    "Ev kedisi, binlerce yıldır insanlarla birlikte yaşayan küçük bir etçil hayvandır. Dünyanın en"
                            + " sevilen evcil hayvanlarından biridir ve birçok ülkede en yaygın evcil hayvan olarak"
                            + " bilinir, ama bakımı da çok önemlidir."),
            Map.entry(
                    "greek",
                    "Η οικιακή γάτα είναι ένα μικρό σαρκοφάγο ζώο που ζει με τους ανθρώπους εδώ και χιλιάδες χρόνια."),
            Map.entry("arabic", "القط المنزلي حيوان صغير آكل للحوم يعيش مع البشر منذ آلاف السنين."),
            Map.entry("hindi", "घरेलू बिल्ली एक छोटा मांसाहारी जानवर है जो हजारों वर्षों से मनुष्यों के साथ रहता है।"),
            Map.entry("cjk", "家猫是一种小型食肉动物，与人类共同生活了数千年。它是世界上最受欢迎的宠物之一。"),
            Map.entry("thai", "แมวบ้านเป็นสัตว์กินเนื้อขนาดเล็กที่อาศัยอยู่กับมนุษย์มานานหลายพันปี"),
            Map.entry("armenian", "Ընտանի կատուն փոքր գիշատիչ կենդանի է, որը հազարավոր տարիներ ապրում է մարդկանց հետ։"),
            Map.entry("bengali", "গৃহপালিত বিড়াল একটি ছোট মাংসাশী প্রাণী যা হাজার বছর ধরে মানুষের সাথে বাস করছে।"),
            Map.entry("tamil", "வீட்டுப் பூனை ஆயிரக்கணக்கான ஆண்டுகளாக மனிதர்களுடன் வாழும் ஒரு சிறிய விலங்கு."),
            Map.entry("telugu", "పెంపుడు పిల్లి వేల సంవత్సరాలుగా మనుషులతో కలిసి జీవిస్తున్న ఒక చిన్న జంతువు."),
            Map.entry("lao", "ແມວບ້ານເປັນສັດກິນຊີ້ນຂະໜາດນ້ອຍທີ່ອາໄສຢູ່ກັບມະນຸດມາຫຼາຍພັນປີ"),
            Map.entry("khmer", "ឆ្មាស្រុកគឺជាសត្វស៊ីសាច់តូចមួយដែលរស់នៅជាមួយមនុស្សរាប់ពាន់ឆ្នាំមកហើយ"),
            Map.entry(
                    "burmese",
                    "အိမ်ကြောင်သည် လူသားများနှင့်အတူ နှစ်ထောင်ချီ နေထိုင်ခဲ့သော အသားစား တိရစ္ဆာန်ငယ်တစ်မျိုး ဖြစ်သည်။"));

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void tellsEachLanguageOfTheBm25AnalyzersFromAParagraph() {
        TEXTS.forEach((language, text) ->
                assertThat(detector.detect(text)).as(language).contains(language));
    }

    @Test
    void tellsJapaneseAndKoreanByTheirScriptsAsCjk() {
        assertThat(detector.detect("イエネコは数千年にわたって人間と暮らしてきた小型の肉食動物です。")).contains("cjk");
        assertThat(detector.detect("고양이는 수천 년 동안 사람과 함께 살아온 작은 육식 동물입니다.")).contains("cjk");
    }

    @Test
    void tellsNothingFromTooFewWords() {
        assertThat(detector.detect("Cats sleep.")).isEmpty();
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect("4111 1111 1111 1111 — 2024-05-01")).isEmpty();
    }

    @Test
    void tellsNothingFromATextHalfInOneLanguageAndHalfInAnother() {
        assertThat(detector.detect(TEXTS.get("english") + " " + TEXTS.get("german")))
                .isEmpty();
    }

    @Test
    void readsTheStartOfALongText() {
        String german = TEXTS.get("german");
        String text = german.repeat(LanguageDetector.SAMPLE_CHARS / german.length() + 1)
                + TEXTS.get("english").repeat(200);

        assertThat(detector.detect(text)).contains("german");
    }
}
