// The fictional portal itself: its settings, sections, newsroom and unpublished work.
import type { AuthorKey, CategorySlug, SeedArticle } from './types';

export const SITE = {
  siteName: 'أزغار اليوم',
  tagline: 'نبض المدينة والجهة، ساعة بساعة',
  description: 'أزغار اليوم موقع إخباري جهوي مستقل يتابع أخبار مدينة أزغار وجهة السهل والواحات، ويواكب الشأن الوطني والدولي بعين محلية.',
  brandColor: '#a4161a',
  socialLinks: {
    facebook: 'https://www.facebook.com/azghar.today.example',
    x: 'https://x.com/azghar_today_example',
    youtube: 'https://www.youtube.com/@azghar-today-example',
    whatsapp: 'https://wa.me/212500000000',
    telegram: 'https://t.me/azghar_today_example',
  },
};

export const CATEGORIES: { slug: CategorySlug; name: string; nameFr: string; nameEn: string; description: string }[] = [
  { slug: 'local', name: 'محليات', nameFr: 'Local', nameEn: 'Local', description: 'أخبار مدينة أزغار وأحيائها ومجلسها الجماعي وخدماتها اليومية.' },
  { slug: 'regional', name: 'جهويات', nameFr: 'Région', nameEn: 'Region', description: 'ما يجري في جهة السهل والواحات ومدنها وقراها.' },
  { slug: 'national', name: 'وطني', nameFr: 'National', nameEn: 'National', description: 'الشأن الوطني كما يهم قراء الجهة.' },
  { slug: 'world', name: 'دولي', nameFr: 'International', nameEn: 'World', description: 'أحداث العالم وانعكاساتها على المغرب والمنطقة.' },
  { slug: 'sport', name: 'رياضة', nameFr: 'Sport', nameEn: 'Sport', description: 'نتائج الأندية المحلية والبطولات الوطنية والرياضة المدرسية.' },
  { slug: 'economy', name: 'اقتصاد', nameFr: 'Économie', nameEn: 'Economy', description: 'الأسواق والأسعار والاستثمار والتشغيل في الجهة.' },
  { slug: 'culture', name: 'ثقافة', nameFr: 'Culture', nameEn: 'Culture', description: 'المهرجانات والكتب والفنون والتراث المحلي.' },
  { slug: 'opinion', name: 'رأي', nameFr: 'Opinion', nameEn: 'Opinion', description: 'مقالات رأي يكتبها صحافيو الموقع وضيوفه.' },
];

export const AUTHORS: Record<AuthorKey, { name: string; slug: string; bio: string }> = {
  salma: { name: 'سلمى بناني', slug: 'salma-bennani', bio: 'صحافية تغطي الشأن المحلي لمدينة أزغار منذ 2015.' },
  youssef: { name: 'يوسف العلمي', slug: 'youssef-alami', bio: 'محرر القسم الرياضي، يتابع البطولة الوطنية والرياضة المدرسية.' },
  khadija: { name: 'خديجة أمزيان', slug: 'khadija-amziane', bio: 'صحافية مهتمة بالثقافة والتراث الأمازيغي وقضايا الواحات.' },
  hamza: { name: 'حمزة الإدريسي', slug: 'hamza-idrissi', bio: 'صحافي اقتصادي، يكتب عن الأسواق والاستثمار والتشغيل.' },
  nadia: { name: 'نادية الشرقاوي', slug: 'nadia-cherkaoui', bio: 'تتابع الأخبار الوطنية والدولية وقضايا الهجرة والمناخ.' },
  omar: { name: 'عمر بلقاسم', slug: 'omar-belkacem', bio: 'كاتب رأي وأستاذ جامعي سابق، يكتب عمودا أسبوعيا.' },
};

/** Work in progress, to show every status in the admin: never visible on the public site. */
export const UNPUBLISHED: (Omit<SeedArticle, 'daysAgo' | 'hour'> & { status: 'DRAFT' | 'REVIEW' | 'SCHEDULED'; inDays: number })[] = [
  {
    key: 'draft-night-buses',
    status: 'DRAFT',
    inDays: 0,
    category: 'local',
    title: 'مسودة: هل تعود الحافلات الليلية إلى شوارع أزغار هذا الصيف؟',
    excerpt: 'ملف قيد الإعداد حول مطالب سكان الأحياء البعيدة بخط حافلات ليلي يربطها بوسط المدينة.',
    body: 'يطالب سكان حي النخيل وحي الرياض منذ سنتين بخط حافلات يشتغل بعد العاشرة ليلا.\n\nننتظر رد الشركة المفوض لها تدبير النقل الحضري قبل نشر هذا الملف.',
    tags: ['النقل', 'المجلس الجماعي'],
    author: 'salma',
    sourceLine: 'خاص',
  },
  {
    key: 'draft-olive-prices',
    status: 'DRAFT',
    inDays: 0,
    category: 'economy',
    title: 'مسودة: أسعار زيت الزيتون قبل موسم الجني',
    excerpt: 'جولة في معاصر عين الصفصاف لرصد توقعات الأسعار قبل انطلاق موسم جني الزيتون.',
    body: 'يتوقع أصحاب المعاصر موسما متوسطا بسبب قلة التساقطات في الربيع.\n\nتنقص هذه المادة أرقام الغرفة الفلاحية.',
    tags: ['الفلاحة', 'الأسعار'],
    author: 'hamza',
    sourceLine: 'متابعة',
  },
  {
    key: 'review-library-hours',
    status: 'REVIEW',
    inDays: 0,
    category: 'culture',
    title: 'الخزانة البلدية تمدد ساعات فتحها خلال فترة الامتحانات',
    excerpt: 'قررت إدارة الخزانة البلدية بأزغار فتح قاعات المطالعة إلى غاية منتصف الليل طيلة أسابيع الامتحانات.',
    body: 'أعلنت إدارة الخزانة البلدية أن قاعات المطالعة ستبقى مفتوحة إلى منتصف الليل ابتداء من الأسبوع المقبل.\n\nويأتي القرار استجابة لطلبات التلاميذ والطلبة الذين يجدون صعوبة في المراجعة داخل بيوت مكتظة.\n\nوسيتطوع أعضاء جمعية قدماء التلاميذ لتأطير حصص مراجعة جماعية في الرياضيات والفيزياء.',
    tags: ['التعليم', 'الشباب', 'الكتاب'],
    author: 'khadija',
    sourceLine: 'متابعة',
  },
  {
    key: 'scheduled-market-day',
    status: 'SCHEDULED',
    inDays: 3,
    category: 'local',
    title: 'السوق الأسبوعي ينتقل مؤقتا إلى الساحة الجديدة قرب المحطة',
    excerpt: 'ينتقل السوق الأسبوعي لأزغار إلى ساحة المحطة الطرقية لمدة شهرين ريثما تنتهي أشغال تبليط فضائه القديم.',
    body: 'أعلن المجلس الجماعي أن السوق الأسبوعي سينعقد ابتداء من يوم الأحد المقبل في الساحة المحاذية للمحطة الطرقية.\n\nوستستمر أشغال تبليط الفضاء القديم وتجهيزه بقنوات تصريف مياه الأمطار ثمانية أسابيع.\n\nودعت الجماعة التجار إلى احترام التصميم الجديد للأروقة حفاظا على ممرات الإسعاف.',
    tags: ['المجلس الجماعي', 'البنية التحتية'],
    author: 'salma',
    sourceLine: 'متابعة',
  },
];
