import { forBothSexes, spellScript, type TNameLists, type TScriptEntry } from "./name-spelling.js";

/**
 * Common Tigrinya names in Ge'ez script. Eritreans carry no family name: the second name is the
 * father's given name, so the "family" list is made of male given names.
 */
const male: readonly TScriptEntry[] = [
  ["Yonas", "ዮናስ", "Jonas"],
  ["Tesfay", "ተስፋይ", "Tesfai", "Tesfaye"],
  ["Habtom", "ሃብቶም", "Habtem"],
  ["Berhane", "ብርሃነ", "Birhane"],
  ["Tekle", "ተኽለ", "Tekhle"],
  ["Mehari", "መሓሪ", "Mehary"],
  ["Dawit", "ዳዊት", "David"],
  ["Samuel", "ሳሙኤል"],
  ["Yohannes", "ዮሃንስ", "Johannes", "Yohanes"],
  ["Kidane", "ኪዳነ"],
  ["Ghebremariam", "ገብረማርያም", "Gebremariam", "Ghebre Mariam"],
  ["Tewelde", "ተወልደ", "Tewolde"],
  ["Filmon", "ፊልሞን", "Filimon"],
  ["Amanuel", "ኣማኑኤል", "Emanuel"],
  ["Robel", "ሮቤል"],
  ["Merhawi", "መርሓዊ"],
  ["Aron", "ኣሮን", "Aaron"],
  ["Haile", "ሃይለ", "Hayle"],
  ["Kibrom", "ክብሮም", "Kibrum"],
  ["Mikael", "ሚካኤል", "Michael"],
  ["Ghirmay", "ግርማይ", "Girmay"],
  ["Weldu", "ወልዱ", "Woldu"],
];

const female: readonly TScriptEntry[] = [
  ["Helen", "ሄለን"],
  ["Senait", "ሰናይት", "Senayt"],
  ["Selam", "ሰላም", "Salam"],
  ["Yordanos", "ዮርዳኖስ", "Jordanos"],
  ["Ruth", "ሩት", "Rut"],
  ["Feven", "ፌቨን", "Feben"],
  ["Saba", "ሳባ"],
  ["Luwam", "ሉዋም", "Lwam"],
  ["Semhar", "ሰምሃር"],
  ["Winta", "ዊንታ"],
  ["Tsega", "ጸጋ", "Tsegga"],
  ["Hiwet", "ሕይወት", "Hiwot"],
  ["Freweini", "ፍረወይኒ"],
  ["Almaz", "ኣልማዝ", "Almas"],
  ["Rahwa", "ራሕዋ"],
  ["Eden", "ኤደን"],
  ["Aster", "ኣስቴር"],
  ["Nebiat", "ነቢያት", "Nebiyat"],
  ["Mebrat", "መብራት"],
  ["Tirhas", "ትርሓስ", "Terhas"],
];

const maleSpellings = male.map((entry) => spellScript(entry));

export const eritreanNames: TNameLists = {
  script: "Ethi",
  male: maleSpellings,
  female: female.map((entry) => spellScript(entry)),
  family: maleSpellings.map(forBothSexes),
};
