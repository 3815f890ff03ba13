import type { GazetteerPerson } from '../types.ts';

// Whole classes the regional files left out (issue #4, readouts of agencies never seen): heads of state and government
// of the smaller states of Europe, South-East and South Asia, the Pacific, Africa, Central America and the Caribbean,
// and the foreign ministers of Europe, the Middle East, Asia and the larger states elsewhere, about 2004–2025.
// Conventions as in people-cis.ts (`to` is the last day in office; approximate to the month where the day is not
// known; open terms checked to the end of 2025 as far as known here). One row per office held:
//   country | role | name | other spellings (;) | from | to
// Rows of one name make one person; a name the regional files already hold gets the office added there (people.ts).
// The surname alone is added by the look-up; it is listed only where it is written otherwise ("Lokke" for "Løkke").

const ROWS = `
KH|King|Norodom Sihamoni|King Norodom Sihamoni;Sihamoni|2004-10-29|
KH|Prime Minister|Hun Sen|Samdech Hun Sen;Samdech Techo Hun Sen;Techo Hun Sen|1985-01-14|2023-08-22
KH|Prime Minister|Hun Manet|Samdech Hun Manet|2023-08-22|
KH|Foreign Minister|Hor Namhong|Hor Nam Hong|1998-11-30|2016-04-04
KH|Foreign Minister|Prak Sokhonn|Prak Sokhon|2016-04-04|2023-08-22
KH|Foreign Minister|Sok Chenda Sophea|Sok Chenda|2023-08-22|
LA|President|Khamtai Siphandone|Khamtay Siphandone|1998-02-24|2006-06-08
LA|President|Choummaly Sayasone|Choummaly|2006-06-08|2016-04-20
LA|Prime Minister|Bounnhang Vorachith|Bounnhang Vorachit|2001-03-27|2006-06-08
LA|President|Bounnhang Vorachith||2016-04-20|2021-03-22
LA|Prime Minister|Bouasone Bouphavanh|Bouasone|2006-06-08|2010-12-23
LA|Prime Minister|Thongsing Thammavong|Thongsing|2010-12-23|2016-04-20
LA|Foreign Minister|Thongloun Sisoulith|Thongloun Sisoulit;Thongloun|2006-06-08|2016-04-20
LA|Prime Minister|Thongloun Sisoulith||2016-04-20|2021-03-22
LA|President|Thongloun Sisoulith||2021-03-22|
LA|Prime Minister|Phankham Viphavanh|Phankham|2021-03-22|2022-12-30
LA|Prime Minister|Sonexay Siphandone|Sonexay|2022-12-30|
LA|Foreign Minister|Saleumxay Kommasith|Saleumxay|2016-04-20|
MV|President|Maumoon Abdul Gayoom|Gayoom|1978-11-11|2008-11-11
MV|President|Mohamed Nasheed|Nasheed|2008-11-11|2012-02-07
MV|President|Mohamed Waheed Hassan|Mohamed Waheed|2012-02-07|2013-11-17
MV|President|Abdulla Yameen|Abdulla Yameen Abdul Gayoom;Yameen|2013-11-17|2018-11-17
MV|President|Ibrahim Mohamed Solih|Ibu Solih;Solih|2018-11-17|2023-11-17
MV|President|Mohamed Muizzu|Dr Mohamed Muizzu;Muizzu|2023-11-17|
MV|Foreign Minister|Dunya Maumoon|Dunya|2013-11-17|2016-07-01
MV|Foreign Minister|Mohamed Asim|Asim|2016-07-01|2018-11-17
MV|Foreign Minister|Abdulla Shahid||2018-11-17|2023-11-17
MV|Foreign Minister|Moosa Zameer|Zameer|2023-11-17|2024-07-01
MV|Foreign Minister|Abdulla Khaleel|Khaleel|2024-07-01|
MM|Chairman of the State Peace and Development Council|Than Shwe|Senior General Than Shwe|1992-04-23|2011-03-30
MM|Prime Minister|Thein Sein||2007-10-24|2011-03-30
MM|President|Thein Sein||2011-03-30|2016-03-30
MM|President|Htin Kyaw||2016-03-30|2018-03-21
MM|President|Win Myint||2018-03-30|2021-02-01
MM|Acting President|Myint Swe||2021-02-01|2024-07-22
MM|State Counsellor|Aung San Suu Kyi|Daw Aung San Suu Kyi;Suu Kyi|2016-04-06|2021-02-01
MM|Foreign Minister|Aung San Suu Kyi||2016-03-30|2021-02-01
MM|Chairman of the State Administration Council|Min Aung Hlaing|Senior General Min Aung Hlaing|2021-02-02|2025-07-31
MM|Prime Minister|Min Aung Hlaing||2021-08-01|2025-07-31
MM|Acting President|Min Aung Hlaing||2024-07-22|
MM|Foreign Minister|Nyan Win||2004-09-18|2011-03-30
MM|Foreign Minister|Wunna Maung Lwin||2011-03-30|2016-03-30
MM|Foreign Minister|Wunna Maung Lwin||2021-02-01|2023-02-01
MM|Foreign Minister|Than Swe||2023-02-01|
BN|Sultan|Hassanal Bolkiah|Sultan Hassanal Bolkiah;Haji Hassanal Bolkiah Mu'izzaddin Waddaulah;Bolkiah|1967-10-05|
BN|Prime Minister|Hassanal Bolkiah||1984-01-01|
BN|Foreign Minister|Mohamed Bolkiah|Prince Mohamed Bolkiah|1984-01-01|2015-10-22
BN|Foreign Minister|Hassanal Bolkiah||2015-10-22|
BN|Second Minister of Foreign Affairs|Erywan Yusof|Dato Erywan Yusof;Erywan|2018-01-30|
BT|King|Jigme Singye Wangchuck||1972-07-21|2006-12-09
BT|King|Jigme Khesar Namgyel Wangchuck|King Jigme Khesar Namgyel Wangchuck;Jigme Khesar|2006-12-09|
BT|Prime Minister|Jigme Thinley|Jigme Yoser Thinley;Lyonchhen Jigmi Y. Thinley;Jigmi Thinley|2008-04-09|2013-07-27
BT|Prime Minister|Tshering Tobgay|Lyonchhen Tshering Tobgay;Tobgay|2013-07-27|2018-08-07
BT|Prime Minister|Lotay Tshering|Lyonchhen Lotay Tshering;Dr Lotay Tshering|2018-11-07|2024-01-28
BT|Prime Minister|Tshering Tobgay||2024-01-28|
BT|Foreign Minister|Tandi Dorji|Lyonpo Tandi Dorji|2018-11-07|2024-01-28
BT|Foreign Minister|D. N. Dhungyel|D.N. Dhungyel;Dhungyel|2024-01-28|
NZ|Prime Minister|Helen Clark||1999-12-10|2008-11-19
NZ|Prime Minister|John Key||2008-11-19|2016-12-12
NZ|Prime Minister|Bill English||2016-12-12|2017-10-26
NZ|Prime Minister|Jacinda Ardern|Ardern|2017-10-26|2023-01-25
NZ|Prime Minister|Chris Hipkins|Hipkins|2023-01-25|2023-11-27
NZ|Prime Minister|Christopher Luxon|Chris Luxon;Luxon|2023-11-27|
NZ|Foreign Minister|Phil Goff||1999-12-10|2005-10-19
NZ|Foreign Minister|Winston Peters||2005-10-19|2008-10-29
NZ|Foreign Minister|Murray McCully|McCully|2008-11-19|2017-05-02
NZ|Foreign Minister|Gerry Brownlee|Brownlee|2017-05-02|2017-10-26
NZ|Foreign Minister|Winston Peters||2017-10-26|2020-11-06
NZ|Foreign Minister|Nanaia Mahuta|Mahuta|2020-11-06|2023-11-27
NZ|Foreign Minister|Winston Peters||2023-11-27|
PG|Prime Minister|Michael Somare|Sir Michael Somare;Somare|2002-08-05|2011-08-02
PG|Prime Minister|Peter O'Neill||2011-08-02|2019-05-30
PG|Prime Minister|James Marape|Marape|2019-05-30|
FJ|Prime Minister|Laisenia Qarase|Qarase|2001-09-10|2006-12-05
FJ|Prime Minister|Frank Bainimarama|Voreqe Bainimarama;Josaia Voreqe Bainimarama;Bainimarama|2007-01-05|2022-12-24
FJ|Prime Minister|Sitiveni Rabuka|Sitiveni Ligamamada Rabuka;Rabuka|2022-12-24|
FJ|President|Jioji Konrote|Konrote|2015-11-12|2021-11-12
FJ|President|Wiliame Katonivere|Ratu Wiliame Katonivere;Katonivere|2021-11-12|2024-11-12
FJ|President|Naiqama Lalabalavu|Ratu Naiqama Lalabalavu;Lalabalavu|2024-11-12|
TL|President|Xanana Gusmão|Xanana Gusmao;Kay Rala Xanana Gusmão|2002-05-20|2007-05-20
TL|Prime Minister|Xanana Gusmão||2007-08-08|2015-02-16
TL|Prime Minister|Xanana Gusmão||2023-07-01|
TL|Prime Minister|Mari Alkatiri|Alkatiri|2002-05-20|2006-06-26
TL|Prime Minister|Mari Alkatiri||2017-09-15|2018-06-22
TL|Prime Minister|José Ramos-Horta|Jose Ramos-Horta;Ramos-Horta;Ramos Horta|2006-07-10|2007-05-19
TL|President|José Ramos-Horta||2007-05-20|2012-05-20
TL|President|José Ramos-Horta||2022-05-20|
TL|President|Taur Matan Ruak|Matan Ruak|2012-05-20|2017-05-20
TL|Prime Minister|Taur Matan Ruak||2018-06-22|2023-07-01
TL|Prime Minister|Rui Maria de Araújo|Rui Araujo;Rui Maria de Araujo|2015-02-16|2017-09-15
TL|President|Francisco Guterres|Lú-Olo;Lu-Olo;Francisco Guterres Lu Olo|2017-05-20|2022-05-20
TW|President|Chen Shui-bian||2000-05-20|2008-05-20
TW|President|Ma Ying-jeou||2008-05-20|2016-05-20
TW|President|Tsai Ing-wen||2016-05-20|2024-05-20
TW|President|Lai Ching-te|William Lai|2024-05-20|
LK|President|Chandrika Kumaratunga|Chandrika Bandaranaike Kumaratunga;Kumaratunga|1994-11-12|2005-11-19
LK|Foreign Minister|Lakshman Kadirgamar|Kadirgamar|2004-04-10|2005-08-12
LK|Foreign Minister|Rohitha Bogollagama|Bogollagama|2007-01-28|2010-04-23
LK|Foreign Minister|G. L. Peiris|G.L. Peiris;Prof. G.L. Peiris|2010-04-23|2015-01-12
LK|Foreign Minister|Mangala Samaraweera|Samaraweera|2015-01-12|2017-05-22
LK|Foreign Minister|Tilak Marapana|Marapana|2017-05-22|2019-11-22
LK|Foreign Minister|G. L. Peiris||2021-08-16|2022-07-22
LK|Foreign Minister|Ali Sabry|M.U.M. Ali Sabry|2022-07-22|2024-09-23
LK|Foreign Minister|Vijitha Herath|Herath|2024-09-24|
BD|President|Iajuddin Ahmed|Iajuddin|2002-09-06|2009-02-12
BD|Foreign Minister|Dipu Moni|Dr Dipu Moni|2009-01-06|2013-11-21
BD|Foreign Minister|A. H. Mahmood Ali|A.H. Mahmood Ali;Abul Hassan Mahmood Ali|2014-01-12|2019-01-07
BD|Foreign Minister|A. K. Abdul Momen|A.K. Abdul Momen;AK Abdul Momen;Abdul Momen;Momen|2019-01-07|2024-01-11
BD|Foreign Minister|Hasan Mahmud|Dr Hasan Mahmud|2024-01-11|2024-08-05
BD|Foreign Adviser|Touhid Hossain|Md Touhid Hossain;Md. Touhid Hossain|2024-08-16|
IN|President|A. P. J. Abdul Kalam|A.P.J. Abdul Kalam;APJ Abdul Kalam;Abdul Kalam|2002-07-25|2007-07-25
IN|Foreign Minister|Natwar Singh|K. Natwar Singh|2004-05-22|2005-11-06
IN|Foreign Minister|Pranab Mukherjee||2006-10-24|2009-05-22
IN|Foreign Minister|S. M. Krishna|S.M. Krishna;SM Krishna|2009-05-22|2012-10-28
IN|Foreign Minister|Salman Khurshid|Khurshid|2012-10-28|2014-05-26
PK|President|Pervez Musharraf|Musharraf|2001-06-20|2008-08-18
PK|President|Mamnoon Hussain|Mamnoon|2013-09-09|2018-09-09
PK|Prime Minister|Shaukat Aziz||2004-08-28|2007-11-15
PK|Foreign Minister|Khurshid Mahmud Kasuri|Khurshid Kasuri;Kasuri|2002-11-23|2007-11-15
PK|Adviser on Foreign Affairs|Sartaj Aziz||2013-06-07|2017-07-28
CN|Foreign Minister|Li Zhaoxing||2003-03-17|2007-04-27
KR|Foreign Minister|Ban Ki-moon||2004-01-17|2006-11-09
JP|Foreign Minister|Nobutaka Machimura|Machimura|2004-09-27|2005-10-31
JP|Foreign Minister|Taro Aso||2005-10-31|2007-08-27
JP|Foreign Minister|Masahiko Komura|Masahiko Kōmura;Komura|2007-08-27|2007-09-26
JP|Foreign Minister|Hirofumi Nakasone||2008-09-24|2009-09-16
JP|Foreign Minister|Katsuya Okada|Okada|2009-09-16|2010-09-17
JP|Foreign Minister|Seiji Maehara|Maehara|2010-09-17|2011-03-07
JP|Foreign Minister|Takeaki Matsumoto||2011-03-09|2011-09-02
JP|Foreign Minister|Koichiro Gemba|Kōichirō Genba;Koichiro Genba;Gemba;Genba|2011-09-02|2012-12-26
VN|Foreign Minister|Nguyễn Dy Niên|Nguyen Dy Nien|2000-01-01|2006-06-27
VN|Foreign Minister|Phạm Gia Khiêm|Pham Gia Khiem|2006-06-27|2011-08-03
VN|Foreign Minister|Bùi Thanh Sơn|Bui Thanh Son|2021-04-08|
TH|Foreign Minister|Kantathi Suphamongkhon|Kantathi|2005-03-11|2006-09-19
TH|Foreign Minister|Nitya Pibulsonggram|Nitya|2006-10-09|2008-02-06
TH|Foreign Minister|Noppadon Pattama|Noppadon|2008-02-06|2008-07-10
TH|Foreign Minister|Kasit Piromya|Kasit|2008-12-20|2011-08-09
TH|Foreign Minister|Surapong Tovichakchaikul|Surapong|2011-08-09|2014-05-22
TH|Foreign Minister|Tanasak Patimaprakorn|Tanasak|2014-08-30|2015-08-23
TH|Foreign Minister|Don Pramudwinai||2015-08-23|2023-09-01
TH|Foreign Minister|Parnpree Bahiddha-Nukara|Parnpree|2023-09-01|2024-04-28
TH|Foreign Minister|Maris Sangiampongsa||2024-04-30|2025-09-19
TH|Foreign Minister|Sihasak Phuangketkeow|Sihasak|2025-09-19|
PH|Foreign Minister|Alberto Romulo|Alberto G. Romulo;Romulo|2004-08-23|2011-02-23
PH|Foreign Minister|Albert del Rosario|Albert F. del Rosario|2011-02-24|2016-03-07
PH|Foreign Minister|Perfecto Yasay Jr.|Perfecto Yasay;Yasay|2016-06-30|2017-03-08
PH|Foreign Minister|Alan Peter Cayetano|Cayetano|2017-05-18|2018-10-17
PH|Foreign Minister|Teodoro Locsin Jr.|Teodoro Locsin;Teddy Locsin;Locsin|2018-10-17|2022-06-30
PH|Foreign Minister|Enrique Manalo|Enrique A. Manalo;Manalo|2022-07-01|2025-06-30
PH|Foreign Minister|Ma. Theresa Lazaro|Theresa Lazaro;Maria Theresa Lazaro|2025-07-01|
SG|Foreign Minister|George Yeo|George Yeo Yong-Boon|2004-08-12|2011-05-20
SG|Foreign Minister|K. Shanmugam|K Shanmugam;Shanmugam|2011-05-21|2015-09-30
SG|Foreign Minister|Vivian Balakrishnan|Dr Vivian Balakrishnan;Balakrishnan|2015-10-01|
MY|Foreign Minister|Syed Hamid Albar|Syed Hamid|1999-12-15|2008-03-18
MY|Foreign Minister|Rais Yatim||2008-03-19|2009-04-09
MY|Foreign Minister|Anifah Aman|Anifah|2009-04-10|2018-05-09
MY|Foreign Minister|Saifuddin Abdullah|Saifuddin|2018-05-21|2020-03-09
MY|Foreign Minister|Hishammuddin Hussein|Hishammuddin|2020-03-10|2021-08-16
MY|Foreign Minister|Saifuddin Abdullah||2021-08-30|2022-11-24
MY|Foreign Minister|Zambry Abdul Kadir|Zambry|2022-12-03|2023-12-12
MY|Foreign Minister|Mohamad Hasan|Tok Mat|2023-12-12|
MY|King|Sultan Mizan Zainal Abidin|Mizan Zainal Abidin|2006-12-13|2011-12-12
MY|King|Sultan Abdul Halim of Kedah|Abdul Halim Mu'adzam Shah|2011-12-13|2016-12-12
MY|King|Sultan Muhammad V|Muhammad V of Kelantan|2016-12-13|2019-01-06
AF|Foreign Minister|Rangin Dadfar Spanta|Spanta|2006-04-20|2010-01-19
AF|Foreign Minister|Zalmai Rassoul|Rassoul|2010-01-19|2013-10-01
AF|Foreign Minister|Salahuddin Rabbani||2015-01-28|2019-01-15
AF|Foreign Minister|Mohammad Haneef Atmar|Haneef Atmar;Atmar|2020-03-29|2021-08-15
AF|Foreign Minister|Amir Khan Muttaqi|Muttaqi|2021-09-07|
IL|President|Moshe Katsav|Katsav|2000-08-01|2007-07-01
IL|Prime Minister|Ariel Sharon||2001-03-07|2006-04-14
IL|Foreign Minister|Silvan Shalom||2003-02-28|2006-01-16
IR|Foreign Minister|Kamal Kharrazi|Kharrazi|1997-08-20|2005-08-24
IR|Foreign Minister|Ali Bagheri Kani|Ali Bagheri;Bagheri Kani|2024-05-20|2024-08-21
IQ|Foreign Minister|Hoshyar Zebari|Zebari|2004-06-28|2014-09-08
IQ|Foreign Minister|Ibrahim al-Jaafari|Ibrahim al-Jaafari;al-Jaafari|2014-09-08|2018-10-25
IQ|Foreign Minister|Mohamed Ali Alhakim|Mohammed Ali al-Hakim|2018-10-25|2020-05-06
IQ|Foreign Minister|Fuad Hussein|Fouad Hussein|2020-06-06|
JO|Foreign Minister|Nasser Judeh|Judeh|2009-02-23|2017-01-15
JO|Foreign Minister|Ayman Safadi|Ayman Al Safadi;Ayman al-Safadi;Safadi|2017-01-15|
BH|Foreign Minister|Khalid bin Ahmed Al Khalifa|Sheikh Khalid bin Ahmed Al Khalifa;Khalid bin Ahmed|2005-09-26|2020-02-11
BH|Foreign Minister|Abdullatif bin Rashid Al Zayani|Abdullatif Al Zayani;Abdullatif bin Rashid Alzayani;Al Zayani;Alzayani|2020-02-11|
KW|Emir|Jaber Al-Ahmad Al-Jaber Al-Sabah|Sheikh Jaber Al-Ahmad|1977-12-31|2006-01-15
KW|Foreign Minister|Mohammad Sabah Al-Salem Al-Sabah|Sheikh Mohammad Sabah Al-Salem;Mohammad Al-Sabah|2003-07-14|2011-10-18
KW|Foreign Minister|Sabah Khalid Al-Hamad Al-Sabah|Sheikh Sabah Khalid Al-Hamad Al-Sabah;Sabah Al-Khalid|2011-10-18|2019-12-17
KW|Foreign Minister|Ahmad Nasser Al-Mohammad Al-Sabah|Sheikh Ahmad Nasser Al-Mohammad;Ahmad Nasser Al-Sabah|2019-12-17|2022-08-01
KW|Foreign Minister|Salem Abdullah Al-Jaber Al-Sabah|Sheikh Salem Abdullah Al-Jaber Al-Sabah;Sheikh Salem Abdullah Al-Jaber|2022-08-01|2024-05-19
KW|Foreign Minister|Abdullah Al-Yahya|Abdullah Ali Al-Yahya|2024-05-19|
AE|Foreign Minister|Rashid Abdullah Al Nuaimi|Rashid Abdullah|1980-01-01|2006-02-09
LB|Foreign Minister|Fawzi Salloukh|Salloukh|2005-07-19|2009-11-09
LB|Foreign Minister|Adnan Mansour||2011-06-13|2014-02-15
LB|Foreign Minister|Gebran Bassil|Gibran Bassil;Bassil|2014-02-15|2020-01-21
LB|Foreign Minister|Nassif Hitti|Hitti|2020-01-21|2020-08-03
LB|Foreign Minister|Charbel Wehbe|Wehbe|2020-08-03|2021-05-19
LB|Foreign Minister|Abdallah Bou Habib|Abdallah Bouhabib;Bou Habib|2021-09-10|2025-02-08
LB|Foreign Minister|Youssef Rajji|Youssef Raggi;Rajji|2025-02-08|
SY|Foreign Minister|Walid Muallem|Walid al-Moallem;Walid al-Muallem;Muallem|2006-02-11|2020-11-16
SY|Foreign Minister|Faisal Mekdad|Fayssal Mekdad;Faisal al-Mekdad;Mekdad|2020-11-22|2024-12-08
SY|Foreign Minister|Asaad al-Shaibani|Asaad Hassan al-Shibani;Asaad al-Shibani;al-Shaibani|2024-12-21|
PS|President|Mahmoud Abbas|Abu Mazen|2005-01-15|
PS|Prime Minister|Ahmed Qurei|Ahmed Qureia;Abu Alaa|2003-10-07|2006-03-29
PS|Prime Minister|Ismail Haniyeh|Haniyeh|2006-03-29|2007-06-14
PS|Prime Minister|Salam Fayyad|Fayyad|2007-06-15|2013-06-06
PS|Prime Minister|Rami Hamdallah|Hamdallah|2013-06-06|2019-04-14
PS|Prime Minister|Mohammad Shtayyeh|Mohammad Shtayyeh;Shtayyeh|2019-04-14|2024-03-31
PS|Prime Minister|Mohammad Mustafa||2024-03-31|
PS|Foreign Minister|Riyad al-Maliki|Riad Malki;Riyad Al-Malki|2007-06-17|2024-03-31
YE|President|Ali Abdullah Saleh||1990-05-22|2012-02-27
YE|President|Abdrabbuh Mansur Hadi|Abd Rabbuh Mansur Hadi|2012-02-27|2022-04-07
DZ|Foreign Minister|Mourad Medelci|Medelci|2007-06-04|2013-09-11
DZ|Foreign Minister|Ramtane Lamamra|Lamamra|2013-09-11|2017-05-25
DZ|Foreign Minister|Abdelkader Messahel|Messahel|2017-05-25|2019-03-31
DZ|Foreign Minister|Sabri Boukadoum|Boukadoum|2019-03-31|2021-07-07
DZ|Foreign Minister|Ramtane Lamamra||2021-07-07|2023-03-16
DZ|Foreign Minister|Ahmed Attaf|Attaf|2023-03-16|
MA|Foreign Minister|Taieb Fassi Fihri|Fassi Fihri|2007-10-15|2012-01-03
MA|Foreign Minister|Salaheddine Mezouar|Mezouar|2013-10-10|2017-04-05
MA|Foreign Minister|Nasser Bourita|Bourita|2017-04-05|
TN|Foreign Minister|Rafik Abdessalem||2011-12-24|2013-03-13
TN|Foreign Minister|Othman Jerandi|Jerandi|2013-03-14|2014-01-29
TN|Foreign Minister|Khemaies Jhinaoui|Jhinaoui|2016-01-12|2019-10-29
TN|Foreign Minister|Othman Jerandi||2020-09-02|2023-02-07
TN|Foreign Minister|Nabil Ammar||2023-02-07|2024-08-25
TN|Foreign Minister|Mohamed Ali Nafti|Nafti|2024-08-25|
AL|President|Alfred Moisiu|Moisiu|2002-07-24|2007-07-24
AL|President|Bamir Topi|Topi|2007-07-24|2012-07-24
AL|President|Bujar Nishani|Nishani|2012-07-24|2017-07-24
AL|President|Ilir Meta||2017-07-24|2022-07-24
AL|Foreign Minister|Ilir Meta||2009-09-17|2010-09-14
AL|President|Bajram Begaj|Begaj|2022-07-24|
AL|Prime Minister|Fatos Nano||2002-07-31|2005-09-10
AL|Prime Minister|Sali Berisha|Berisha|2005-09-10|2013-09-15
AL|Prime Minister|Edi Rama||2013-09-15|
AL|Foreign Minister|Lulzim Basha||2007-05-08|2009-09-17
AL|Foreign Minister|Ditmir Bushati|Bushati|2013-09-15|2019-01-21
AL|Foreign Minister|Gent Cakaj|Cakaj|2019-01-21|2020-12-31
AL|Foreign Minister|Olta Xhaçka|Olta Xhacka;Xhacka|2020-12-31|2023-09-12
AL|Foreign Minister|Igli Hasani|Hasani|2023-09-12|2024-09-16
AL|Foreign Minister|Ferit Hoxha||2024-09-16|
MK|President|Branko Crvenkovski|Crvenkovski|2004-05-12|2009-05-12
MK|President|Gjorge Ivanov|Gjorgje Ivanov;George Ivanov|2009-05-12|2019-05-12
MK|President|Stevo Pendarovski|Pendarovski|2019-05-12|2024-05-12
MK|President|Gordana Siljanovska-Davkova|Siljanovska-Davkova;Gordana Siljanovska Davkova|2024-05-12|
MK|Prime Minister|Vlado Bučkovski|Vlado Buckovski|2004-12-17|2006-08-27
MK|Prime Minister|Nikola Gruevski|Gruevski|2006-08-27|2016-01-18
MK|Prime Minister|Emil Dimitriev||2016-01-18|2017-05-31
MK|Prime Minister|Zoran Zaev|Zaev|2017-05-31|2020-01-03
MK|Prime Minister|Oliver Spasovski|Spasovski|2020-01-03|2020-08-30
MK|Prime Minister|Zoran Zaev||2020-08-31|2022-01-16
MK|Prime Minister|Dimitar Kovačevski|Dimitar Kovacevski;Kovacevski|2022-01-17|2024-01-28
MK|Prime Minister|Talat Xhaferi|Xhaferi|2024-01-28|2024-06-23
MK|Prime Minister|Hristijan Mickoski|Mickoski|2024-06-23|
MK|Foreign Minister|Antonio Milošoski|Antonio Milososki;Milososki|2006-08-27|2011-07-28
MK|Foreign Minister|Nikola Poposki|Poposki|2011-07-28|2017-05-31
MK|Foreign Minister|Nikola Dimitrov||2017-06-01|2020-08-31
MK|Foreign Minister|Bujar Osmani|Osmani|2020-08-31|2024-06-23
MK|Foreign Minister|Timčo Mucunski|Timco Mucunski;Mucunski|2024-06-23|
ME|President|Filip Vujanović|Filip Vujanovic;Vujanovic|2003-05-22|2018-05-20
ME|President|Milo Đukanović|Milo Djukanovic;Milo Dukanovic;Djukanovic;Đukanović|2018-05-20|2023-05-20
ME|Prime Minister|Milo Đukanović||2003-01-08|2006-11-10
ME|Prime Minister|Milo Đukanović||2008-02-29|2010-12-29
ME|Prime Minister|Milo Đukanović||2012-12-04|2016-11-28
ME|President|Jakov Milatović|Jakov Milatovic;Milatovic|2023-05-20|
ME|Prime Minister|Željko Šturanović|Zeljko Sturanovic|2006-11-10|2008-02-29
ME|Prime Minister|Igor Lukšić|Igor Luksic;Luksic|2010-12-29|2012-12-04
ME|Foreign Minister|Igor Lukšić||2012-12-04|2016-11-28
ME|Prime Minister|Duško Marković|Dusko Markovic|2016-11-28|2020-12-04
ME|Prime Minister|Zdravko Krivokapić|Zdravko Krivokapic|2020-12-04|2022-04-28
ME|Prime Minister|Dritan Abazović|Dritan Abazovic;Abazovic|2022-04-28|2023-10-31
ME|Prime Minister|Milojko Spajić|Milojko Spajic;Spajic|2023-10-31|
ME|Foreign Minister|Milan Roćen|Milan Rocen|2006-06-10|2012-12-04
ME|Foreign Minister|Srđan Darmanović|Srdjan Darmanovic;Srdan Darmanovic|2016-11-28|2020-12-04
ME|Foreign Minister|Đorđe Radulović|Djordje Radulovic;Dorde Radulovic|2020-12-04|2022-04-28
ME|Foreign Minister|Ranko Krivokapić|Ranko Krivokapic|2022-04-28|2023-03-01
ME|Foreign Minister|Filip Ivanović|Filip Ivanovic|2023-10-31|2024-07-23
ME|Foreign Minister|Ervin Ibrahimović|Ervin Ibrahimovic;Ibrahimovic|2024-07-23|
BA|Chairman of the Council of Ministers|Nikola Špirić|Nikola Spiric|2007-02-09|2012-01-12
BA|Chairman of the Council of Ministers|Vjekoslav Bevanda|Bevanda|2012-01-12|2015-02-11
BA|Chairman of the Council of Ministers|Denis Zvizdić|Denis Zvizdic;Zvizdic|2015-02-11|2019-12-23
BA|Chairman of the Council of Ministers|Zoran Tegeltija|Tegeltija|2019-12-23|2023-01-25
BA|Chairman of the Council of Ministers|Borjana Krišto|Borjana Kristo|2023-01-25|
BA|Foreign Minister|Sven Alkalaj|Alkalaj|2007-02-09|2012-01-12
BA|Foreign Minister|Zlatko Lagumdžija|Zlatko Lagumdzija|2012-01-12|2015-03-31
BA|Foreign Minister|Igor Crnadak|Crnadak|2015-03-31|2019-12-23
BA|Foreign Minister|Bisera Turković|Bisera Turkovic|2019-12-23|2023-01-25
BA|Foreign Minister|Elmedin Konaković|Elmedin Konakovic;Konakovic|2023-01-25|
XK|President|Fatmir Sejdiu|Sejdiu|2006-02-10|2010-09-27
XK|President|Atifete Jahjaga|Jahjaga|2011-04-07|2016-04-07
XK|President|Hashim Thaçi|Hashim Thaci;Thaci|2016-04-07|2020-11-05
XK|Prime Minister|Hashim Thaçi||2008-01-09|2014-12-09
XK|Foreign Minister|Hashim Thaçi||2014-12-12|2016-04-07
XK|President|Vjosa Osmani|Vjosa Osmani-Sadriu|2021-04-04|
XK|Acting President|Vjosa Osmani||2020-11-05|2021-03-22
XK|Prime Minister|Isa Mustafa||2014-12-09|2017-09-09
XK|Prime Minister|Ramush Haradinaj|Haradinaj|2017-09-09|2020-02-03
XK|Prime Minister|Albin Kurti|Kurti|2020-02-03|2020-06-03
XK|Prime Minister|Albin Kurti||2021-03-22|
XK|Prime Minister|Avdullah Hoti|Hoti|2020-06-03|2021-03-22
XK|Foreign Minister|Enver Hoxhaj|Hoxhaj|2011-02-22|2014-12-12
XK|Foreign Minister|Behgjet Pacolli|Pacolli|2017-09-09|2020-02-03
XK|Foreign Minister|Donika Gërvalla-Schwarz|Donika Gervalla-Schwarz;Donika Gervalla;Gervalla|2021-03-22|
LU|Grand Duke|Grand Duke Henri|Henri of Luxembourg|2000-10-07|2025-10-03
LU|Grand Duke|Grand Duke Guillaume|Guillaume of Luxembourg|2025-10-03|
LU|Prime Minister|Xavier Bettel|Bettel|2013-12-04|2023-11-17
LU|Foreign Minister|Xavier Bettel||2023-11-17|
LU|Prime Minister|Luc Frieden|Frieden|2023-11-17|
LU|Foreign Minister|Jean Asselborn|Asselborn|2004-07-31|2023-11-17
BE|King|King Albert II|Albert II|1993-08-09|2013-07-21
BE|King|King Philippe|Philippe of Belgium|2013-07-21|
BE|Foreign Minister|Karel De Gucht|De Gucht|2004-07-18|2009-07-17
BE|Foreign Minister|Steven Vanackere|Vanackere|2009-11-25|2011-12-06
BE|Foreign Minister|Didier Reynders|Reynders|2011-12-06|2019-11-30
BE|Foreign Minister|Philippe Goffin|Goffin|2019-11-30|2020-10-01
BE|Foreign Minister|Sophie Wilmès|Sophie Wilmes|2020-10-01|2022-07-14
BE|Foreign Minister|Hadja Lahbib|Lahbib|2022-07-15|2025-02-03
BE|Foreign Minister|Maxime Prévot|Maxime Prevot;Prevot|2025-02-03|
NO|King|King Harald V|Harald V;King Harald|1991-01-17|
NO|Prime Minister|Kjell Magne Bondevik|Bondevik|2001-10-19|2005-10-17
NO|Foreign Minister|Jan Petersen||2001-10-19|2005-10-17
NO|Foreign Minister|Jonas Gahr Støre|Jonas Gahr Store;Jonas Gahr Stoere;Stoere|2005-10-17|2012-09-21
NO|Foreign Minister|Espen Barth Eide|Barth Eide|2012-09-21|2013-10-16
NO|Foreign Minister|Børge Brende|Borge Brende;Brende|2013-10-16|2017-10-20
NO|Foreign Minister|Ine Eriksen Søreide|Ine Eriksen Soreide;Eriksen Soreide;Soreide|2017-10-20|2021-10-14
NO|Foreign Minister|Anniken Huitfeldt|Huitfeldt|2021-10-14|2023-10-16
NO|Foreign Minister|Espen Barth Eide||2023-10-16|
SE|King|King Carl XVI Gustaf|Carl XVI Gustaf;Carl Gustaf;King Carl Gustaf|1973-09-15|
SE|Prime Minister|Göran Persson|Goran Persson|1996-03-22|2006-10-06
SE|Foreign Minister|Laila Freivalds|Freivalds|2003-10-03|2006-03-21
SE|Foreign Minister|Jan Eliasson||2006-04-24|2006-10-06
SE|Foreign Minister|Carl Bildt|Bildt|2006-10-06|2014-10-03
SE|Foreign Minister|Margot Wallström|Margot Wallstrom;Wallstrom|2014-10-03|2019-09-10
SE|Foreign Minister|Ann Linde||2019-09-10|2022-10-18
SE|Foreign Minister|Tobias Billström|Tobias Billstrom;Billstrom|2022-10-18|2024-09-10
SE|Foreign Minister|Maria Malmer Stenergard|Malmer Stenergard;Stenergard|2024-09-10|
DK|Foreign Minister|Per Stig Møller|Per Stig Moller;Per Stig Moeller|2001-11-27|2010-02-23
DK|Foreign Minister|Lene Espersen|Espersen|2010-02-23|2011-10-03
DK|Foreign Minister|Villy Søvndal|Villy Sovndal;Sovndal|2011-10-03|2013-12-12
DK|Foreign Minister|Martin Lidegaard|Lidegaard|2014-02-03|2015-06-28
DK|Foreign Minister|Kristian Jensen||2015-06-28|2016-11-28
DK|Foreign Minister|Anders Samuelsen|Samuelsen|2016-11-28|2019-06-27
DK|Foreign Minister|Jeppe Kofod|Kofod|2019-06-27|2022-12-15
DK|Foreign Minister|Lars Løkke Rasmussen|Lars Lokke Rasmussen;Lars Loekke Rasmussen;Løkke Rasmussen;Lokke Rasmussen;Lokke|2022-12-15|
FI|Foreign Minister|Erkki Tuomioja|Tuomioja|2000-02-25|2007-04-19
FI|Foreign Minister|Ilkka Kanerva|Kanerva|2007-04-19|2008-04-04
FI|Foreign Minister|Alexander Stubb||2008-04-04|2011-06-22
FI|Foreign Minister|Erkki Tuomioja||2011-06-22|2015-05-29
FI|Foreign Minister|Timo Soini|Soini|2015-05-29|2019-06-06
FI|Foreign Minister|Pekka Haavisto|Haavisto|2019-06-06|2023-06-20
FI|Foreign Minister|Elina Valtonen|Valtonen|2023-06-20|
IS|Foreign Minister|Guðlaugur Þór Þórðarson|Gudlaugur Thor Thordarson;Thordarson|2017-01-11|2021-11-28
IS|Foreign Minister|Þórdís Kolbrún Reykfjörð Gylfadóttir|Thordis Kolbrun Reykfjord Gylfadottir;Thordis Kolbrun Gylfadottir;Gylfadottir|2021-11-28|2023-10-14
IS|Foreign Minister|Þórdís Kolbrún Reykfjörð Gylfadóttir||2024-04-09|2024-12-21
IS|Foreign Minister|Þorgerður Katrín Gunnarsdóttir|Thorgerdur Katrin Gunnarsdottir;Gunnarsdottir|2024-12-21|
AT|Foreign Minister|Ursula Plassnik|Plassnik|2004-10-20|2008-12-02
AT|Foreign Minister|Michael Spindelegger|Spindelegger|2008-12-02|2013-12-16
AT|Foreign Minister|Sebastian Kurz||2013-12-16|2017-12-18
AT|Foreign Minister|Karin Kneissl|Kneissl|2017-12-18|2019-06-03
AT|Foreign Minister|Alexander Schallenberg||2019-06-03|2021-10-11
AT|Foreign Minister|Michael Linhart|Linhart|2021-10-11|2021-12-06
AT|Foreign Minister|Alexander Schallenberg||2021-12-06|2025-03-03
AT|Foreign Minister|Beate Meinl-Reisinger|Meinl-Reisinger|2025-03-03|
BG|Foreign Minister|Solomon Passy|Passy|2001-07-24|2005-08-17
BG|Foreign Minister|Ivailo Kalfin|Ivaylo Kalfin;Kalfin|2005-08-17|2009-07-27
BG|Foreign Minister|Rumiana Jeleva|Rumyana Zheleva;Jeleva|2009-07-27|2010-01-27
BG|Foreign Minister|Nickolay Mladenov|Nikolay Mladenov;Mladenov|2010-01-27|2013-03-13
BG|Foreign Minister|Kristian Vigenin|Vigenin|2013-05-29|2014-08-06
BG|Foreign Minister|Daniel Mitov||2014-11-07|2017-01-27
BG|Foreign Minister|Ekaterina Zaharieva|Ekaterina Zakharieva;Zaharieva|2017-05-04|2021-05-12
BG|Foreign Minister|Svetlan Stoev|Stoev|2021-05-12|2021-12-13
BG|Foreign Minister|Teodora Genchovska|Genchovska|2021-12-13|2022-08-02
BG|Foreign Minister|Nikolay Milkov|Milkov|2022-08-02|2023-06-06
BG|Foreign Minister|Mariya Gabriel|Mariya Gabriel|2023-06-06|2024-04-09
BG|Foreign Minister|Ivan Kondov|Kondov|2024-08-27|2025-01-16
BG|Foreign Minister|Georg Georgiev||2025-01-16|
HR|Foreign Minister|Kolinda Grabar-Kitarović||2005-02-17|2008-01-12
HR|Foreign Minister|Gordan Jandroković|Gordan Jandrokovic;Jandrokovic|2008-01-12|2011-12-23
HR|Foreign Minister|Vesna Pusić|Vesna Pusic;Pusic|2011-12-23|2016-01-22
HR|Foreign Minister|Miro Kovač|Miro Kovac|2016-01-22|2016-10-19
HR|Foreign Minister|Davor Ivo Stier|Stier|2016-10-19|2017-06-19
HR|Foreign Minister|Marija Pejčinović Burić|Marija Pejcinovic Buric;Pejcinovic Buric|2017-06-19|2019-07-19
HR|Foreign Minister|Gordan Grlić Radman|Gordan Grlic Radman;Grlic Radman|2019-07-19|
CY|Foreign Minister|Markos Kyprianou|Kyprianou|2008-02-29|2011-08-05
CY|Foreign Minister|Erato Kozakou-Marcoullis|Kozakou-Marcoullis|2011-08-05|2013-02-28
CY|Foreign Minister|Ioannis Kasoulides|Kasoulides|2013-03-01|2018-03-01
CY|Foreign Minister|Nikos Christodoulides||2018-03-01|2022-01-06
CY|Foreign Minister|Ioannis Kasoulides||2022-01-06|2023-02-28
CY|Foreign Minister|Constantinos Kombos|Kombos|2023-03-01|
CZ|President|Václav Klaus|Vaclav Klaus|2003-03-07|2013-03-07
CZ|Prime Minister|Jiří Paroubek|Jiri Paroubek;Paroubek|2005-04-25|2006-09-04
CZ|Prime Minister|Mirek Topolánek|Mirek Topolanek;Topolanek|2006-09-04|2009-05-08
CZ|Prime Minister|Jan Fischer||2009-05-08|2010-07-13
CZ|Prime Minister|Petr Nečas|Petr Necas;Necas|2010-07-13|2013-07-10
CZ|Foreign Minister|Karel Schwarzenberg|Schwarzenberg|2007-01-09|2009-05-08
CZ|Foreign Minister|Jan Kohout|Kohout|2009-05-08|2010-07-13
CZ|Foreign Minister|Karel Schwarzenberg||2010-07-13|2013-07-10
CZ|Foreign Minister|Lubomír Zaorálek|Lubomir Zaoralek;Zaoralek|2014-01-29|2017-12-13
CZ|Foreign Minister|Tomáš Petříček|Tomas Petricek;Petricek|2018-10-16|2021-04-12
CZ|Foreign Minister|Jakub Kulhánek|Jakub Kulhanek;Kulhanek|2021-04-21|2021-12-17
CZ|Foreign Minister|Jan Lipavský|Jan Lipavsky;Lipavsky|2021-12-17|
EE|President|Arnold Rüütel|Arnold Ruutel;Ruutel|2001-10-08|2006-10-09
EE|Prime Minister|Juhan Parts||2003-04-10|2005-04-13
EE|Foreign Minister|Urmas Paet|Paet|2005-04-13|2014-03-26
EE|Foreign Minister|Keit Pentus-Rosimannus|Pentus-Rosimannus|2014-03-26|2015-04-09
EE|Foreign Minister|Marina Kaljurand|Kaljurand|2015-07-16|2016-10-17
EE|Foreign Minister|Sven Mikser|Mikser|2016-11-23|2019-04-29
EE|Foreign Minister|Urmas Reinsalu|Reinsalu|2019-04-29|2021-01-26
EE|Foreign Minister|Eva-Maria Liimets|Liimets|2021-01-26|2022-06-03
EE|Foreign Minister|Urmas Reinsalu||2022-07-18|2023-04-17
EE|Foreign Minister|Margus Tsahkna|Tsahkna|2023-04-17|
LV|Foreign Minister|Artis Pabriks|Pabriks|2004-12-02|2007-11-08
LV|Foreign Minister|Māris Riekstiņš|Maris Riekstins;Riekstins|2007-11-20|2010-03-17
LV|Foreign Minister|Aivis Ronis||2010-04-08|2010-11-03
LV|Foreign Minister|Ģirts Valdis Kristovskis|Girts Valdis Kristovskis;Kristovskis|2010-11-03|2011-10-25
LV|Foreign Minister|Krišjānis Kariņš||2023-08-15|2024-03-31
LV|Foreign Minister|Baiba Braže|Baiba Braze;Braze|2024-04-10|
LT|Foreign Minister|Antanas Valionis|Valionis|2000-11-09|2006-07-12
LT|Foreign Minister|Petras Vaitiekūnas|Petras Vaitiekunas;Vaitiekunas|2006-07-12|2008-12-09
LT|Foreign Minister|Vygaudas Ušackas|Vygaudas Usackas;Usackas|2008-12-09|2010-01-22
LT|Foreign Minister|Audronius Ažubalis|Audronius Azubalis;Azubalis|2010-06-01|2012-12-13
LT|Foreign Minister|Linas Linkevičius|Linas Linkevicius;Linkevicius|2012-12-13|2020-12-11
LT|Foreign Minister|Gabrielius Landsbergis|Landsbergis|2020-12-11|2024-12-12
LT|Foreign Minister|Kęstutis Budrys|Kestutis Budrys;Budrys|2024-12-12|
GR|Foreign Minister|Petros Molyviatis|Molyviatis|2004-03-10|2006-02-15
GR|Foreign Minister|Dora Bakoyannis|Dora Bakoyanni;Bakoyannis|2006-02-15|2009-10-07
GR|Foreign Minister|George Papandreou||2009-10-07|2010-09-07
GR|Foreign Minister|Dimitris Droutsas|Droutsas|2010-09-07|2011-06-17
GR|Foreign Minister|Stavros Lambrinidis|Lambrinidis|2011-06-17|2011-11-11
GR|Foreign Minister|Stavros Dimas||2011-11-11|2012-05-17
GR|Foreign Minister|Dimitris Avramopoulos|Avramopoulos|2012-06-21|2013-06-25
GR|Foreign Minister|Evangelos Venizelos|Venizelos|2013-06-25|2015-01-27
GR|Foreign Minister|Nikos Kotzias|Kotzias|2015-01-27|2018-10-17
GR|Foreign Minister|Georgios Katrougalos|George Katrougalos;Katrougalos|2019-02-14|2019-07-09
GR|Foreign Minister|Nikos Dendias|Nikolaos Dendias;Dendias|2019-07-09|2023-06-26
GR|Foreign Minister|Giorgos Gerapetritis|George Gerapetritis;Gerapetritis|2023-06-27|
IE|Foreign Minister|Dermot Ahern||2004-09-29|2008-05-07
IE|Foreign Minister|Micheál Martin||2008-05-07|2011-01-19
IE|Foreign Minister|Eamon Gilmore|Gilmore|2011-03-09|2014-07-11
IE|Foreign Minister|Charles Flanagan|Flanagan|2014-07-11|2017-06-14
IE|Foreign Minister|Simon Coveney|Coveney|2017-06-14|2022-12-17
IE|Foreign Minister|Micheál Martin||2022-12-17|2025-01-23
IE|Foreign Minister|Simon Harris||2025-01-23|
MT|Foreign Minister|Tonio Borg||2008-03-12|2012-11-29
MT|Foreign Minister|George Vella||2013-03-13|2017-06-09
MT|Foreign Minister|Carmelo Abela||2017-06-09|2020-01-15
MT|Foreign Minister|Evarist Bartolo|Bartolo|2020-01-15|2022-03-30
MT|Foreign Minister|Ian Borg||2022-03-30|
NL|Foreign Minister|Ben Bot||2003-12-03|2007-02-22
NL|Foreign Minister|Maxime Verhagen|Verhagen|2007-02-22|2010-10-14
NL|Foreign Minister|Uri Rosenthal|Rosenthal|2010-10-14|2012-11-05
NL|Foreign Minister|Frans Timmermans|Timmermans|2012-11-05|2014-10-17
NL|Foreign Minister|Bert Koenders|Koenders|2014-10-17|2017-10-26
NL|Foreign Minister|Halbe Zijlstra|Zijlstra|2017-10-26|2018-02-13
NL|Foreign Minister|Stef Blok||2018-03-07|2021-05-25
NL|Foreign Minister|Sigrid Kaag|Kaag|2021-05-25|2021-09-17
NL|Foreign Minister|Wopke Hoekstra|Hoekstra|2022-01-10|2023-09-05
NL|Foreign Minister|Hanke Bruins Slot|Bruins Slot|2023-09-05|2024-07-02
NL|Foreign Minister|Caspar Veldkamp|Veldkamp|2024-07-02|2025-08-22
NL|Foreign Minister|David van Weel|Van Weel|2025-08-22|
PT|Foreign Minister|Diogo Freitas do Amaral|Freitas do Amaral|2005-03-12|2006-07-03
PT|Foreign Minister|Luís Amado|Luis Amado|2006-07-03|2011-06-21
PT|Foreign Minister|Paulo Portas|Portas|2011-06-21|2013-07-24
PT|Foreign Minister|Rui Machete|Machete|2013-07-24|2015-10-30
PT|Foreign Minister|Augusto Santos Silva|Santos Silva|2015-11-26|2022-03-30
PT|Foreign Minister|João Gomes Cravinho|Joao Gomes Cravinho;Gomes Cravinho|2022-03-30|2024-04-02
PT|Foreign Minister|Paulo Rangel|Rangel|2024-04-02|
SK|Foreign Minister|Eduard Kukan|Kukan|1998-10-30|2006-07-04
SK|Foreign Minister|Ján Kubiš|Jan Kubis;Kubis|2006-07-04|2009-01-26
SK|Foreign Minister|Miroslav Lajčák|Miroslav Lajcak;Lajcak|2009-01-26|2010-07-08
SK|Foreign Minister|Mikuláš Dzurinda||2010-07-08|2012-04-04
SK|Foreign Minister|Miroslav Lajčák||2012-04-04|2020-03-21
SK|Foreign Minister|Ivan Korčok|Ivan Korcok;Korcok|2020-03-21|2022-09-13
SK|Foreign Minister|Rastislav Káčer|Rastislav Kacer;Kacer|2022-09-13|2023-05-15
SK|Foreign Minister|Miroslav Wlachovský|Miroslav Wlachovsky;Wlachovsky|2023-05-15|2023-10-25
SK|Foreign Minister|Juraj Blanár|Juraj Blanar;Blanar|2023-10-25|
SI|Foreign Minister|Dimitrij Rupel|Rupel|2004-12-03|2008-11-21
SI|Foreign Minister|Samuel Žbogar|Samuel Zbogar;Zbogar|2008-11-21|2012-02-10
SI|Foreign Minister|Karl Erjavec|Erjavec|2012-02-10|2020-03-13
SI|Foreign Minister|Anže Logar|Anze Logar|2020-03-13|2022-06-01
SI|Foreign Minister|Tanja Fajon|Fajon|2022-06-01|
CH|Foreign Minister|Micheline Calmy-Rey||2003-01-01|2011-12-31
CH|Foreign Minister|Didier Burkhalter||2012-01-01|2017-10-31
CH|Foreign Minister|Ignazio Cassis||2017-11-01|
TR|Foreign Minister|Abdullah Gül||2003-03-14|2007-08-28
TR|Foreign Minister|Ali Babacan|Babacan|2007-08-29|2009-05-01
TR|Foreign Minister|Ahmet Davutoğlu||2009-05-01|2014-08-29
TR|Foreign Minister|Feridun Sinirlioğlu|Feridun Sinirlioglu;Sinirlioglu|2015-08-28|2015-11-24
GB|Foreign Minister|Jack Straw||2001-06-08|2006-05-05
FR|Foreign Minister|Michel Barnier||2004-03-31|2005-06-02
FR|Foreign Minister|Philippe Douste-Blazy|Douste-Blazy|2005-06-02|2007-05-18
FR|Foreign Minister|Bernard Kouchner|Kouchner|2007-05-18|2010-11-14
FR|Foreign Minister|Michèle Alliot-Marie|Michele Alliot-Marie;Alliot-Marie|2010-11-14|2011-02-27
FR|Foreign Minister|Alain Juppé||2011-02-27|2012-05-16
DE|Foreign Minister|Joschka Fischer||1998-10-27|2005-11-22
IT|President|Carlo Azeglio Ciampi|Ciampi|1999-05-18|2006-05-15
IT|Foreign Minister|Gianfranco Fini||2004-11-18|2006-05-17
HU|President|Ferenc Mádl|Ferenc Madl|2000-08-04|2005-08-04
HU|President|László Sólyom|Laszlo Solyom;Solyom|2005-08-05|2010-08-06
HU|Prime Minister|Ferenc Gyurcsány|Ferenc Gyurcsany;Gyurcsany|2004-09-29|2009-04-14
HU|Foreign Minister|Ferenc Somogyi||2004-09-29|2006-06-09
PL|President|Aleksander Kwaśniewski|Aleksander Kwasniewski;Kwasniewski|1995-12-23|2005-12-23
PL|President|Lech Kaczyński|Lech Kaczynski|2005-12-23|2010-04-10
PL|Prime Minister|Marek Belka|Belka|2004-05-02|2005-10-31
PL|Foreign Minister|Adam Daniel Rotfeld|Adam Rotfeld;Rotfeld|2005-01-05|2005-10-31
RO|President|Traian Băsescu|Traian Basescu;Basescu|2004-12-20|2014-12-21
RO|Prime Minister|Călin Popescu-Tăriceanu|Calin Popescu-Tariceanu;Popescu-Tariceanu;Tariceanu|2004-12-29|2008-12-22
RO|Prime Minister|Emil Boc||2008-12-22|2012-02-06
RO|Foreign Minister|Mihai Răzvan Ungureanu|Mihai Razvan Ungureanu;Ungureanu|2004-12-29|2007-03-05
RO|Foreign Minister|Lazăr Comănescu|Lazar Comanescu;Comanescu|2008-04-15|2008-12-22
RO|Foreign Minister|Cristian Diaconescu|Diaconescu|2008-12-22|2009-10-01
RO|Foreign Minister|Teodor Baconschi|Baconschi|2009-12-23|2012-01-23
RO|Foreign Minister|Titus Corlățean|Titus Corlatean;Corlatean|2012-08-07|2014-11-10
RO|Foreign Minister|Bogdan Aurescu|Aurescu|2014-11-24|2015-11-17
RO|Foreign Minister|Lazăr Comănescu||2015-11-17|2017-01-04
RO|Foreign Minister|Teodor Meleșcanu|Teodor Melescanu;Melescanu|2017-01-04|2019-07-24
RO|Foreign Minister|Ramona Mănescu|Ramona Manescu|2019-07-24|2019-11-04
RO|Foreign Minister|Bogdan Aurescu||2019-11-04|2023-06-15
RO|Foreign Minister|Luminița Odobescu|Luminita Odobescu;Odobescu|2023-06-15|2025-06-23
RO|Foreign Minister|Oana Țoiu|Oana Toiu|2025-06-23|
RS|Foreign Minister|Vuk Drašković|Vuk Draskovic;Draskovic|2004-03-03|2007-05-15
UA|Foreign Minister|Borys Tarasyuk|Boris Tarasyuk;Tarasyuk|2005-02-04|2007-01-30
UA|Foreign Minister|Kostiantyn Gryshchenko|Konstantin Gryshchenko;Gryshchenko|2010-03-11|2012-12-24
GE|Foreign Minister|Grigol Vashadze|Vashadze|2008-12-05|2012-10-25
GE|Foreign Minister|Maia Panjikidze|Panjikidze|2012-10-25|2014-11-05
GE|Foreign Minister|Mikheil Janelidze|Janelidze|2015-09-01|2018-06-14
GE|Foreign Minister|David Zalkaliani|Davit Zalkaliani;Zalkaliani|2018-06-14|2022-03-03
GE|Foreign Minister|Ilia Darchiashvili|Darchiashvili|2022-03-03|2024-02-08
GE|Foreign Minister|Maka Botchorishvili|Botchorishvili|2024-12-05|
LR|President|Ellen Johnson Sirleaf|Johnson Sirleaf;Ellen Johnson-Sirleaf;Sirleaf|2006-01-16|2018-01-22
LR|President|George Weah|George Manneh Weah;Weah|2018-01-22|2024-01-22
LR|President|Joseph Boakai|Joseph Nyuma Boakai;Boakai|2024-01-22|
LR|Vice President|Joseph Boakai||2006-01-16|2018-01-22
GH|Foreign Minister|Hanna Tetteh|Hannah Tetteh|2013-01-07|2017-01-07
GH|Foreign Minister|Shirley Ayorkor Botchwey|Ayorkor Botchwey;Botchwey|2017-01-27|2025-01-07
GH|Foreign Minister|Samuel Okudzeto Ablakwa|Okudzeto Ablakwa;Ablakwa|2025-01-22|
KE|Foreign Minister|Amina Mohamed||2013-05-15|2018-01-26
KE|Foreign Minister|Monica Juma||2018-01-26|2020-03-03
KE|Foreign Minister|Raychelle Omamo|Omamo|2020-03-03|2022-10-27
KE|Foreign Minister|Alfred Mutua||2022-10-27|2023-10-04
KE|Foreign Minister|Musalia Mudavadi|Mudavadi|2023-10-04|
NG|President|Olusegun Obasanjo|Obasanjo|1999-05-29|2007-05-29
NG|Foreign Minister|Geoffrey Onyeama|Onyeama|2015-11-11|2023-05-29
NG|Foreign Minister|Yusuf Tuggar|Yusuf Maitama Tuggar;Tuggar|2023-08-21|
TZ|President|Benjamin Mkapa|Mkapa|1995-11-23|2005-12-21
ET|Foreign Minister|Tedros Adhanom|Tedros Adhanom Ghebreyesus|2012-11-29|2016-11-01
ET|Foreign Minister|Workneh Gebeyehu|Workneh|2016-11-01|2019-04-18
ET|Foreign Minister|Gedu Andargachew|Gedu|2019-04-18|2020-11-24
ET|Foreign Minister|Demeke Mekonnen|Demeke|2020-11-24|2024-02-14
ET|Foreign Minister|Taye Atske Selassie|Taye Atske-Selassie|2024-02-14|2024-10-07
ET|Foreign Minister|Gedion Timothewos|Gedion|2024-10-07|
BJ|President|Thomas Boni Yayi|Boni Yayi;Yayi|2006-04-06|2016-04-06
BJ|President|Patrice Talon|Talon|2016-04-06|
BW|President|Festus Mogae|Mogae|1998-04-01|2008-04-01
BW|President|Ian Khama|Seretse Khama Ian Khama;Khama|2008-04-01|2018-04-01
BW|President|Mokgweetsi Masisi|Masisi|2018-04-01|2024-11-01
BW|President|Duma Boko||2024-11-01|
BI|President|Pierre Nkurunziza|Nkurunziza|2005-08-26|2020-06-08
BI|President|Évariste Ndayishimiye|Evariste Ndayishimiye;Ndayishimiye|2020-06-18|
CV|President|Jorge Carlos Fonseca||2011-09-09|2021-11-09
CV|Prime Minister|José Maria Neves|Jose Maria Neves|2001-02-01|2016-04-22
CV|President|José Maria Neves||2021-11-09|
CV|Prime Minister|Ulisses Correia e Silva|Correia e Silva|2016-04-22|
CF|President|François Bozizé|Francois Bozize;Bozize|2003-03-15|2013-03-24
CF|President|Faustin-Archange Touadéra|Faustin-Archange Touadera;Touadera|2016-03-30|
TD|President|Idriss Déby|Idriss Deby Itno;Idriss Déby Itno|1990-12-02|2021-04-20
TD|President|Mahamat Idriss Déby|Mahamat Idriss Deby;Mahamat Deby;Mahamat Déby Itno|2021-04-20|
KM|President|Azali Assoumani|Assoumani|2016-05-26|
CG|President|Denis Sassou Nguesso|Denis Sassou-Nguesso;Sassou Nguesso|1997-10-25|
DJ|President|Ismaïl Omar Guelleh|Ismail Omar Guelleh;Guelleh|1999-05-08|
GQ|President|Teodoro Obiang Nguema Mbasogo|Teodoro Obiang;Obiang Nguema|1979-08-03|
ER|President|Isaias Afwerki|Isaias Afewerki;Afwerki;Isaias|1993-05-24|
SZ|King|King Mswati III|Mswati III;King Mswati|1986-04-25|
GA|President|Omar Bongo|Omar Bongo Ondimba|1967-12-02|2009-06-08
GA|President|Ali Bongo Ondimba|Ali Bongo|2009-10-16|2023-08-30
GA|President|Brice Clotaire Oligui Nguema|Brice Oligui Nguema;Oligui Nguema|2023-08-30|
GM|President|Yahya Jammeh|Jammeh|1994-07-22|2017-01-19
GM|President|Adama Barrow|Barrow|2017-01-19|
GN|President|Alpha Condé|Alpha Conde;Conde|2010-12-21|2021-09-05
GN|President|Mamadi Doumbouya|Doumbouya|2021-09-05|
GW|President|José Mário Vaz|Jose Mario Vaz;Jomav|2014-06-23|2020-02-27
GW|President|Umaro Sissoco Embaló|Umaro Sissoco Embalo;Embalo|2020-02-27|2025-11-26
MC|Prince|Prince Albert II|Albert II of Monaco|2005-04-06|
LS|King|King Letsie III|Letsie III;King Letsie|1996-02-07|
LS|Prime Minister|Pakalitha Mosisili|Mosisili|1998-05-23|2012-06-08
LS|Prime Minister|Tom Thabane|Thomas Thabane;Thabane|2012-06-08|2015-03-17
LS|Prime Minister|Pakalitha Mosisili||2015-03-17|2017-06-16
LS|Prime Minister|Tom Thabane||2017-06-16|2020-05-19
LS|Prime Minister|Moeketsi Majoro|Majoro|2020-05-20|2022-10-28
LS|Prime Minister|Sam Matekane|Samuel Matekane;Matekane|2022-10-28|
MG|President|Marc Ravalomanana|Ravalomanana|2002-05-06|2009-03-17
MG|President|Andry Rajoelina|Rajoelina|2009-03-17|2014-01-25
MG|President|Hery Rajaonarimampianina|Rajaonarimampianina|2014-01-25|2018-09-07
MG|President|Andry Rajoelina||2019-01-19|2025-10-14
MW|President|Bingu wa Mutharika|Bingu Mutharika|2004-05-24|2012-04-05
MW|President|Joyce Banda||2012-04-07|2014-05-31
MW|President|Peter Mutharika|Arthur Peter Mutharika|2014-05-31|2020-06-28
MW|President|Lazarus Chakwera|Chakwera|2020-06-28|2025-10-04
MW|President|Peter Mutharika||2025-10-04|
MR|President|Mohamed Ould Abdel Aziz|Ould Abdel Aziz|2009-08-05|2019-08-01
MR|President|Mohamed Ould Ghazouani|Mohamed Ould Cheikh El Ghazouani;Ghazouani|2019-08-01|
MU|Prime Minister|Navin Ramgoolam|Ramgoolam|2005-07-05|2014-12-17
MU|Prime Minister|Anerood Jugnauth|Sir Anerood Jugnauth|2014-12-17|2017-01-23
MU|Prime Minister|Pravind Jugnauth|Pravind Kumar Jugnauth|2017-01-23|2024-11-12
MU|Prime Minister|Navin Ramgoolam||2024-11-12|
NA|President|Sam Nujoma|Nujoma|1990-03-21|2005-03-21
NA|President|Hifikepunye Pohamba|Pohamba|2005-03-21|2015-03-21
NA|President|Hage Geingob|Geingob|2015-03-21|2024-02-04
NA|President|Nangolo Mbumba|Mbumba|2024-02-04|2025-03-21
NA|President|Netumbo Nandi-Ndaitwah|Nandi-Ndaitwah|2025-03-21|
SC|President|James Michel||2004-04-14|2016-10-16
SC|President|Danny Faure||2016-10-16|2020-10-26
SC|President|Wavel Ramkalawan|Ramkalawan|2020-10-26|2025-10-26
SC|President|Patrick Herminie|Herminie|2025-10-26|
SL|President|Ernest Bai Koroma|Ernest Koroma|2007-09-17|2018-04-04
SL|President|Julius Maada Bio|Maada Bio|2018-04-04|
SO|President|Sharif Sheikh Ahmed||2009-01-31|2012-08-20
SO|President|Hassan Sheikh Mohamud|Hassan Sheikh|2012-09-16|2017-02-16
SO|President|Mohamed Abdullahi Mohamed|Mohamed Abdullahi Farmaajo;Farmaajo;Farmajo|2017-02-16|2022-05-23
SO|President|Hassan Sheikh Mohamud|Hassan Sheikh|2022-05-23|
SO|Prime Minister|Hamza Abdi Barre|Hamza Barre|2022-06-25|
SS|President|Salva Kiir Mayardit|Salva Kiir|2011-07-09|
TG|President|Faure Gnassingbé|Faure Gnassingbe;Gnassingbe|2005-05-04|2025-05-03
TG|President of the Council of Ministers|Faure Gnassingbé||2025-05-03|
ZM|President|Levy Mwanawasa|Mwanawasa|2002-01-02|2008-08-19
ZM|President|Rupiah Banda||2008-08-19|2011-09-23
ZM|President|Michael Sata||2011-09-23|2014-10-28
ZM|President|Edgar Lungu|Edgar Chagwa Lungu|2015-01-25|2021-08-24
ZM|President|Hakainde Hichilema|Hichilema|2021-08-24|
BF|President|Roch Marc Christian Kaboré|Roch Marc Christian Kabore;Roch Kabore;Kabore|2015-12-29|2022-01-24
DO|President|Leonel Fernández|Leonel Fernandez|2004-08-16|2012-08-16
DO|President|Danilo Medina||2012-08-16|2020-08-16
DO|President|Luis Abinader|Abinader|2020-08-16|
SV|President|Antonio Saca|Elías Antonio Saca|2004-06-01|2009-06-01
SV|President|Mauricio Funes||2009-06-01|2014-06-01
SV|President|Salvador Sánchez Cerén|Salvador Sanchez Ceren;Sanchez Ceren|2014-06-01|2019-06-01
SV|President|Nayib Bukele|Bukele|2019-06-01|
GT|President|Óscar Berger|Oscar Berger|2004-01-14|2008-01-14
GT|President|Álvaro Colom|Alvaro Colom|2008-01-14|2012-01-14
GT|President|Otto Pérez Molina|Otto Perez Molina;Perez Molina|2012-01-14|2015-09-03
GT|President|Jimmy Morales||2016-01-14|2020-01-14
GT|President|Alejandro Giammattei|Giammattei|2020-01-14|2024-01-15
GT|President|Bernardo Arévalo|Bernardo Arevalo;Arevalo|2024-01-15|
HN|President|Manuel Zelaya||2006-01-27|2009-06-28
HN|President|Porfirio Lobo|Porfirio Lobo Sosa|2010-01-27|2014-01-27
HN|President|Juan Orlando Hernández|Juan Orlando Hernandez|2014-01-27|2022-01-27
HN|President|Xiomara Castro|Xiomara Castro de Zelaya|2022-01-27|
HT|President|René Préval|Rene Preval;Preval|2006-05-14|2011-05-14
HT|President|Michel Martelly|Martelly|2011-05-14|2016-02-07
HT|President|Jovenel Moïse|Jovenel Moise|2017-02-07|2021-07-07
HT|Prime Minister|Ariel Henry||2021-07-20|2024-04-25
JM|Prime Minister|Portia Simpson-Miller|Portia Simpson Miller;Simpson-Miller|2006-03-30|2007-09-11
JM|Prime Minister|Bruce Golding||2007-09-11|2011-10-23
JM|Prime Minister|Andrew Holness|Holness|2011-10-23|2012-01-05
JM|Prime Minister|Portia Simpson-Miller||2012-01-05|2016-03-03
JM|Prime Minister|Andrew Holness||2016-03-03|
TT|Prime Minister|Patrick Manning||2001-12-24|2010-05-26
TT|Prime Minister|Kamla Persad-Bissessar|Persad-Bissessar|2010-05-26|2015-09-09
TT|Prime Minister|Keith Rowley|Rowley|2015-09-09|2025-03-17
TT|Prime Minister|Stuart Young||2025-03-17|2025-05-01
TT|Prime Minister|Kamla Persad-Bissessar||2025-05-01|
BB|Prime Minister|Freundel Stuart||2010-10-23|2018-05-25
BB|Prime Minister|Mia Mottley|Mia Amor Mottley;Mottley|2018-05-25|
GY|President|Bharrat Jagdeo|Jagdeo|1999-08-11|2011-12-03
GY|President|Donald Ramotar|Ramotar|2011-12-03|2015-05-16
GY|President|David Granger||2015-05-16|2020-08-02
GY|President|Irfaan Ali|Mohamed Irfaan Ali|2020-08-02|
SR|President|Dési Bouterse|Desi Bouterse;Bouterse|2010-08-12|2020-07-16
SR|President|Chan Santokhi|Chandrikapersad Santokhi;Santokhi|2020-07-16|2025-07-16
SR|President|Jennifer Geerlings-Simons|Geerlings-Simons|2025-07-16|
BS|Prime Minister|Perry Christie||2012-05-08|2017-05-11
BS|Prime Minister|Hubert Ingraham|Ingraham|2007-05-04|2012-05-08
BS|Prime Minister|Hubert Minnis|Minnis|2017-05-11|2021-09-17
BS|Prime Minister|Philip Davis|Philip Brave Davis|2021-09-17|
BZ|Prime Minister|Dean Barrow||2008-02-08|2020-11-12
BZ|Prime Minister|Johnny Briceño|Johnny Briceno;Briceno|2020-11-12|
CA|Prime Minister|Paul Martin||2003-12-12|2006-02-06
CL|President|Ricardo Lagos||2000-03-11|2006-03-11
MX|President|Vicente Fox||2000-12-01|2006-12-01
CU|Foreign Minister|Bruno Rodríguez Parrilla|Bruno Rodriguez Parrilla;Bruno Rodriguez|2009-03-02|
AR|Foreign Minister|Jorge Taiana|Taiana|2005-01-01|2010-06-18
AR|Foreign Minister|Héctor Timerman|Hector Timerman;Timerman|2010-06-18|2015-12-10
AR|Foreign Minister|Susana Malcorra|Malcorra|2015-12-10|2017-06-12
AR|Foreign Minister|Jorge Faurie|Faurie|2017-06-12|2019-12-10
AR|Foreign Minister|Felipe Solá|Felipe Sola|2019-12-10|2021-09-20
AR|Foreign Minister|Santiago Cafiero|Cafiero|2021-09-20|2023-12-10
AR|Foreign Minister|Diana Mondino|Mondino|2023-12-10|2024-10-30
AR|Foreign Minister|Gerardo Werthein|Werthein|2024-10-30|2025-10-27
MX|Foreign Minister|Patricia Espinosa||2006-12-01|2012-11-30
MX|Foreign Minister|José Antonio Meade|Jose Antonio Meade|2012-12-01|2015-08-27
MX|Foreign Minister|Claudia Ruiz Massieu|Ruiz Massieu|2015-08-27|2017-01-04
MX|Foreign Minister|Luis Videgaray|Videgaray|2017-01-04|2018-11-30
MX|Foreign Minister|Marcelo Ebrard|Ebrard|2018-12-01|2023-06-12
MX|Foreign Minister|Alicia Bárcena|Alicia Barcena;Barcena|2023-07-03|2024-09-30
MX|Foreign Minister|Juan Ramón de la Fuente|Juan Ramon de la Fuente|2024-10-01|
CL|Foreign Minister|Heraldo Muñoz|Heraldo Munoz|2014-03-11|2018-03-11
CL|Foreign Minister|Andrés Allamand|Andres Allamand;Allamand|2020-07-28|2022-03-11
CL|Foreign Minister|Antonia Urrejola|Urrejola|2022-03-11|2023-03-10
CL|Foreign Minister|Alberto van Klaveren|Van Klaveren|2023-03-10|
CO|Foreign Minister|María Ángela Holguín|Maria Angela Holguin;Holguin|2010-08-07|2018-08-07
CO|Foreign Minister|Álvaro Leyva|Alvaro Leyva|2022-08-07|2024-04-16
VE|Foreign Minister|Delcy Rodríguez|Delcy Rodriguez|2014-12-26|2017-06-21
VE|Foreign Minister|Jorge Arreaza|Arreaza|2017-08-02|2021-08-21
VE|Foreign Minister|Yván Gil|Yvan Gil|2023-08-01|
`;

function parse(rows: string): GazetteerPerson[] {
  const byName = new Map<string, { name: string; aliases: string[]; positions: GazetteerPerson['positions'][number][] }>();
  for (const line of rows.split('\n')) {
    if (line.trim() === '') continue;
    const [country = '', role = '', name = '', aliases = '', from = '', to = ''] = line.split('|');
    let person = byName.get(name);
    if (!person) byName.set(name, (person = { name, aliases: [], positions: [] }));
    for (const a of aliases.split(';')) if (a && !person.aliases.includes(a)) person.aliases.push(a);
    person.positions.push({ role, country, from, to: to === '' ? null : to });
  }
  return [...byName.values()];
}

export const PEOPLE_FILL: readonly GazetteerPerson[] = parse(ROWS);
