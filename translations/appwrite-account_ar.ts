<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccountMenu</name>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Add another account…</source>
        <translation>إضافة حساب آخر…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>على هذا الكمبيوتر فقط</translation>
    </message>
    <message>
        <source>Forget the session file</source>
        <translation>نسيان ملف الجلسة</translation>
    </message>
    <message>
        <source>Keep me signed in with a file…</source>
        <translation>إبقائي مسجّل الدخول عبر ملف…</translation>
    </message>
    <message>
        <source>You stay signed in through a private file on this computer.</source>
        <translation>تبقى مسجّل الدخول عبر ملف خاص على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>You&apos;ll need to sign in again next time: no keyring</source>
        <translation>ستحتاج إلى تسجيل الدخول مجددًا في المرة القادمة: لا توجد حلقة مفاتيح</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <source>Choose a server and project first.</source>
        <translation>اختر خادمًا ومشروعًا أولًا.</translation>
    </message>
    <message>
        <source>Choose how to confirm it is you.</source>
        <translation>اختر طريقة تأكيد هويتك.</translation>
    </message>
</context>
<context>
    <name>AccountShell</name>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Sessions &amp; devices</source>
        <translation>الجلسات والأجهزة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>الحسابات المرتبطة</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>متقدّم</translation>
    </message>
    <message>
        <source>Sandbox outbox</source>
        <extracomment>The sandbox&apos;s outbox: emails and text messages the local sandbox &quot;sent&quot;.</extracomment>
        <translation>صندوق صادر بيئة التجربة</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Sign-ins and changes to your account. If you see something you didn&apos;t do, sign out other devices and change your password.</source>
        <translation>عمليات تسجيل الدخول والتغييرات على حسابك. إذا رأيت شيئًا لم تفعله، فسجّل الخروج من الأجهزة الأخرى وغيّر كلمة المرور.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Search loaded events: sign-in, Firefox, an IP address…</source>
        <translation>ابحث في الأحداث المحمّلة: تسجيل دخول، Firefox، عنوان IP…</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>البحث في النشاط</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>نشاط الحساب</translation>
    </message>
    <message>
        <source>No activity to show yet</source>
        <translation>لا يوجد نشاط بعد</translation>
    </message>
    <message>
        <source>Sign-ins, password changes and other security events appear here. Some servers, Appwrite Cloud among them, record events late (up to an hour) or not at all, so an empty list does not mean nothing happened. Sessions &amp; devices always shows where you are signed in.</source>
        <translation>تظهر هنا عمليات تسجيل الدخول وتغييرات كلمة المرور وأحداث الأمان الأخرى. بعض الخوادم، ومنها Appwrite Cloud، تسجّل الأحداث متأخرة (حتى ساعة) أو لا تسجّلها إطلاقًا، لذا فالقائمة الفارغة لا تعني أن شيئًا لم يحدث. تعرض صفحة «الجلسات والأجهزة» دائمًا أين سجّلت الدخول.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>تحقّق مجددًا</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>لا شيء يطابق «%1»</translation>
    </message>
    <message>
        <source>Only loaded events are searched. Scroll down the list to load older ones.</source>
        <translation>يشمل البحث الأحداث المحمّلة فقط. مرّر القائمة لأسفل لتحميل الأقدم.</translation>
    </message>
    <message>
        <source>Try another word, such as a browser, a country or an IP address.</source>
        <translation>جرّب كلمة أخرى، مثل متصفح أو بلد أو عنوان IP.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 events. Scroll down for older ones.</source>
        <translation>عرض %1 من أصل %2 من الأحداث. مرّر لأسفل لرؤية الأقدم.</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s everything: %n event(s).</source>
        <translation>
            <numerusform>هذا كل شيء: لا توجد أحداث.</numerusform>
            <numerusform>هذا كل شيء: حدث واحد.</numerusform>
            <numerusform>هذا كل شيء: حدثان.</numerusform>
            <numerusform>هذا كل شيء: %n أحداث.</numerusform>
            <numerusform>هذا كل شيء: %n حدثًا.</numerusform>
            <numerusform>هذا كل شيء: %n حدث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading activity</source>
        <translation>جارٍ تحميل النشاط</translation>
    </message>
</context>
<context>
    <name>AdvancedPage</name>
    <message>
        <source>Advanced</source>
        <translation>متقدّم</translation>
    </message>
    <message>
        <source>Developer tools and the danger zone.</source>
        <translation>أدوات المطوّرين ومنطقة الخطر.</translation>
    </message>
</context>
<context>
    <name>Appwrite::Client</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>the response was cut off</source>
        <translation>الرد مقطوع</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>فشل الاتصال الآمن: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>لم يُجب الخادم في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
</context>
<context>
    <name>Appwrite::Error</name>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>أجاب الخادم برمز حالة HTTP: %1.</translation>
    </message>
    <message>
        <source>The server sent a response that cannot be read (%1).</source>
        <translation>أرسل الخادم ردًا لا يمكن قراءته (%1).</translation>
    </message>
    <message>
        <source>This server address uses plain http://: passwords and sessions would travel unencrypted.</source>
        <translation>يستخدم عنوان الخادم هذا http:// العادي: ستنتقل كلمات المرور والجلسات دون تشفير.</translation>
    </message>
</context>
<context>
    <name>Appwrite::Http1Reply</name>
    <message>
        <source>The server did not answer in time</source>
        <translation>لم يُجب الخادم في الوقت المحدد</translation>
    </message>
    <message>
        <source>The server sent an oversized header</source>
        <translation>أرسل الخادم ترويسة كبيرة الحجم</translation>
    </message>
    <message>
        <source>The server did not answer in HTTP</source>
        <translation>لم يُجب الخادم ببروتوكول HTTP</translation>
    </message>
    <message>
        <source>The server sent a malformed header</source>
        <translation>أرسل الخادم ترويسة تالفة</translation>
    </message>
    <message>
        <source>The server sent a malformed chunk</source>
        <translation>أرسل الخادم جزءًا تالفًا من البيانات</translation>
    </message>
    <message>
        <source>The server sent a malformed Content-Length</source>
        <translation>أرسل الخادم قيمة Content-Length تالفة</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>خطأ في نقل %1 - ردّ الخادم: %2</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>أُغلق الاتصال</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>أُلغيت العملية</translation>
    </message>
</context>
<context>
    <name>Appwrite::Validation</name>
    <message>
        <source>Use at most 36 characters: letters, digits, period, hyphen and underscore, not starting with a special character.</source>
        <translation>استخدم 36 حرفًا على الأكثر: حروفًا لاتينية وأرقامًا ونقطة وشرطة وشرطة سفلية، على ألا يبدأ بحرف خاص.</translation>
    </message>
    <message>
        <source>Enter a valid email address.</source>
        <translation>أدخل عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>The password must be between 8 and 256 characters long.</source>
        <translation>يجب أن يتراوح طول كلمة المرور بين 8 و256 حرفًا.</translation>
    </message>
    <message>
        <source>The name must be at most 128 characters long.</source>
        <translation>يجب ألا يتجاوز الاسم 128 حرفًا.</translation>
    </message>
    <message>
        <source>Enter the phone number with a leading &apos;+&apos; and the country code, at most 15 digits, e.g. +16175551212.</source>
        <translation>أدخل رقم الهاتف مسبوقًا بعلامة «+» ورمز البلد، بحد أقصى 15 رقمًا، مثل ‎+16175551212.</translation>
    </message>
    <message>
        <source>The preferences are too large (at most 64 kB).</source>
        <translation>التفضيلات كبيرة جدًا (64 كيلوبايت على الأكثر).</translation>
    </message>
    <message>
        <source>Enter a complete URL, e.g. https://example.com/path.</source>
        <translation>أدخل عنوان URL كاملًا، مثل https://example.com/path.</translation>
    </message>
    <message>
        <source>This value is required.</source>
        <translation>هذه القيمة مطلوبة.</translation>
    </message>
    <message>
        <source>At most 100 queries are allowed.</source>
        <translation>يُسمح بـ100 استعلام على الأكثر.</translation>
    </message>
    <message>
        <source>A query must be at most 4096 characters long.</source>
        <translation>يجب ألا يتجاوز الاستعلام 4096 حرفًا.</translation>
    </message>
    <message>
        <source>This sign-in provider is not supported.</source>
        <translation>مزوّد تسجيل الدخول هذا غير مدعوم.</translation>
    </message>
</context>
<context>
    <name>AuthScreen</name>
    <message>
        <source>Appwrite Account</source>
        <translation>حساب Appwrite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>AuthenticatorDialog</name>
    <message>
        <source>Add an authenticator app</source>
        <translation>إضافة تطبيق مصادقة</translation>
    </message>
    <message>
        <source>Enter the code from your app</source>
        <translation>أدخل الرمز من تطبيقك</translation>
    </message>
    <message>
        <source>Authenticator added</source>
        <translation>أُضيف تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Turn on two-step verification once the code is accepted</source>
        <translation>تفعيل التحقق بخطوتين بمجرد قبول الرمز</translation>
    </message>
    <message>
        <source>Your authenticator app is active. From now on, signing in asks for a code from it.</source>
        <translation>تطبيق المصادقة لديك نشط. من الآن فصاعدًا، سيطلب تسجيل الدخول رمزًا منه.</translation>
    </message>
    <message>
        <source>Your authenticator app is verified. Turn on two-step verification on the Security page to require it at sign-in.</source>
        <translation>تم التحقق من تطبيق المصادقة. فعّل التحقق بخطوتين في صفحة «الأمان» ليُطلب عند تسجيل الدخول.</translation>
    </message>
    <message>
        <source>You already have recovery codes. Keep them somewhere safe: they get you in if you lose this device.</source>
        <translation>لديك رموز استرداد بالفعل. احتفظ بها في مكان آمن: فهي تتيح لك الدخول إذا فقدت هذا الجهاز.</translation>
    </message>
    <message>
        <source>Next, create recovery codes. If you lose this device, a recovery code is the only way back in.</source>
        <translation>بعد ذلك، أنشئ رموز الاسترداد. إذا فقدت هذا الجهاز، فرمز الاسترداد هو السبيل الوحيد للعودة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the QR code</source>
        <translation>العودة إلى رمز QR</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Create recovery codes</source>
        <translation>إنشاء رموز الاسترداد</translation>
    </message>
</context>
<context>
    <name>AuthenticatorScanStep</name>
    <message>
        <source>Scan this code with an authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or FreeOTP.</source>
        <translation>امسح هذا الرمز بتطبيق مصادقة مثل Google Authenticator أو Microsoft Authenticator أو 1Password أو FreeOTP.</translation>
    </message>
    <message>
        <source>Preparing your authenticator key</source>
        <translation>جارٍ تجهيز مفتاح المصادقة</translation>
    </message>
    <message>
        <source>Your app will show</source>
        <translation>سيعرض تطبيقك</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>الجهة المصدرة: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>الحساب: %1</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Type this key into your app instead:</source>
        <translation>لا يمكنك المسح؟ اكتب هذا المفتاح في تطبيقك بدلًا من ذلك:</translation>
    </message>
    <message>
        <source>setup key</source>
        <extracomment>Accessible name: the authenticator secret (TOTP key).</extracomment>
        <translation>مفتاح الإعداد</translation>
    </message>
    <message>
        <source>Copy the setup link (otpauth://)</source>
        <extracomment>Copies the otpauth:// link, which some password managers accept.</extracomment>
        <translation>نسخ رابط الإعداد (otpauth://)</translation>
    </message>
    <message>
        <source>Copied keys leave the clipboard after a minute.</source>
        <translation>تُزال المفاتيح المنسوخة من الحافظة بعد دقيقة.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorVerifyStep</name>
    <message>
        <source>Open your authenticator app and type the 6-digit code it shows for %1 (%2).</source>
        <translation>افتح تطبيق المصادقة واكتب الرمز المكوّن من 6 أرقام الذي يعرضه لـ%1 (%2).</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>الرمز من تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Codes change every 30 seconds. If a code is refused, check that this computer&apos;s clock is right and wait for the next code.</source>
        <translation>تتغير الرموز كل 30 ثانية. إذا رُفض رمز، فتأكد من صحة ساعة هذا الكمبيوتر وانتظر الرمز التالي.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>Choose a server and project first.</source>
        <translation>اختر خادمًا ومشروعًا أولًا.</translation>
    </message>
    <message>
        <source>The browser came back without sign-in details.</source>
        <translation>عاد المتصفح دون بيانات تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The browser did not come back in time. Start again, or paste the address the browser ended on.</source>
        <translation>لم يعد المتصفح في الوقت المحدد. ابدأ من جديد، أو الصق العنوان الذي انتهى إليه المتصفح.</translation>
    </message>
</context>
<context>
    <name>BusyButton</name>
    <message>
        <source>Working, please wait</source>
        <extracomment>Added to a button&apos;s spoken description while its action runs.</extracomment>
        <translation>جارٍ التنفيذ، يرجى الانتظار</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You are signed in</source>
        <translation>تم تسجيل دخولك</translation>
    </message>
    <message>
        <source>Sign-in did not finish</source>
        <translation>لم يكتمل تسجيل الدخول</translation>
    </message>
    <message>
        <source>This link is not for this sign-in</source>
        <translation>هذا الرابط لا يخص عملية تسجيل الدخول هذه</translation>
    </message>
    <message>
        <source>Appwrite Account has what it needs. You can close this tab and go back to the app.</source>
        <translation>حصل «حساب Appwrite» على ما يحتاج إليه. يمكنك إغلاق علامة التبويب هذه والعودة إلى التطبيق.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or refused. You can close this tab; the app shows what happened and lets you try again.</source>
        <translation>أُلغي تسجيل الدخول أو رُفض. يمكنك إغلاق علامة التبويب هذه؛ سيعرض التطبيق ما حدث ويتيح لك المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>It belongs to another or an older sign-in, so nothing was sent to the app. Start signing in again from Appwrite Account.</source>
        <translation>إنه يخص عملية تسجيل دخول أخرى أو أقدم، لذا لم يُرسل شيء إلى التطبيق. ابدأ تسجيل الدخول مجددًا من «حساب Appwrite».</translation>
    </message>
</context>
<context>
    <name>CallbackRouter</name>
    <message>
        <source>This sign-in link is not the one the app is waiting for. Start signing in again.</source>
        <translation>رابط تسجيل الدخول هذا ليس الرابط الذي ينتظره التطبيق. ابدأ تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>This link is incomplete. Open the whole link from the email.</source>
        <translation>هذا الرابط غير مكتمل. افتح الرابط كاملًا من الرسالة.</translation>
    </message>
    <message>
        <source>This link is for the project “%1”, which is not connected in this app.</source>
        <translation>هذا الرابط يخص المشروع «%1»، وهو غير متصل في هذا التطبيق.</translation>
    </message>
    <message>
        <source>Appwrite Account does not know what this link is for.</source>
        <translation>لا يعرف «حساب Appwrite» الغرض من هذا الرابط.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Send a new code</source>
        <translation>إرسال رمز جديد</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
</context>
<context>
    <name>CodeInput</name>
    <message>
        <source>Verification code</source>
        <extracomment>Spoken name of the segmented code input.</extracomment>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>The code was not accepted. Enter it again.</source>
        <extracomment>Spoken description of the code input; %1 is how many characters the code has.</extracomment>
        <translation>لم يُقبل الرمز. أدخله مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>عدد الأحرف: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <extracomment>%1 is the word to type, e.g. &quot;block&quot;.</extracomment>
        <translation>اكتب %1 للتأكيد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ConnectScreen</name>
    <message>
        <source>Where is your account?</source>
        <translation>أين حسابك؟</translation>
    </message>
    <message>
        <source>Your account lives in an Appwrite project. Choose one, or try everything on a practice server first.</source>
        <translation>يوجد حسابك في مشروع Appwrite. اختر مشروعًا، أو جرّب كل شيء أولًا على خادم تجريبي.</translation>
    </message>
    <message>
        <source>Try it on the local sandbox</source>
        <translation>جرّبه على بيئة التجربة المحلية</translation>
    </message>
    <message>
        <source>A private practice server on this computer. Emails and text messages land in an outbox you can read in the app.</source>
        <translation>خادم تجريبي خاص على هذا الكمبيوتر. تصل الرسائل الإلكترونية والنصية إلى صندوق صادر يمكنك قراءته في التطبيق.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>المحفوظة</translation>
    </message>
    <message>
        <source>Connect to Appwrite</source>
        <translation>الاتصال بـ Appwrite</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>نقطة نهاية API</translation>
    </message>
    <message>
        <source>Shown in the project&apos;s settings in the Appwrite console.</source>
        <translation>تجدها في إعدادات المشروع في لوحة تحكم Appwrite.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>معرّف المشروع</translation>
    </message>
    <message>
        <source>Name for this connection (optional)</source>
        <translation>اسم لهذا الاتصال (اختياري)</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>مثلًا: العمل</translation>
    </message>
    <message>
        <source>Accept a self-signed certificate (only for your own test server)</source>
        <translation>قبول شهادة موقّعة ذاتيًا (لخادم الاختبار الخاص بك فقط)</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>جارٍ التحقق من المشروع…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connect anyway, unencrypted</source>
        <translation>الاتصال على أي حال، دون تشفير</translation>
    </message>
    <message>
        <source>Only on a network you trust: anyone on the way can read your password and session.</source>
        <translation>فقط على شبكة تثق بها: يستطيع أي طرف في المسار قراءة كلمة المرور والجلسة.</translation>
    </message>
</context>
<context>
    <name>ConnectionChip</name>
    <message>
        <source>Local sandbox</source>
        <extracomment>Badge naming the server; %1 is a host name such as cloud.appwrite.io.</extracomment>
        <translation>بيئة التجربة المحلية</translation>
    </message>
    <message>
        <source>Server %1, project %2</source>
        <translation>الخادم %1، المشروع %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Choose another server or project</source>
        <translation>اختيار خادم أو مشروع آخر</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Enter the API endpoint, like https://cloud.appwrite.io/v1.</source>
        <translation>أدخل نقطة نهاية API، مثل https://cloud.appwrite.io/v1.</translation>
    </message>
    <message>
        <source>Enter the project ID from the project&apos;s settings.</source>
        <translation>أدخل معرّف المشروع من إعدادات المشروع.</translation>
    </message>
    <message>
        <source>That address answers, but not like an Appwrite server. Check the endpoint (it usually ends in /v1).</source>
        <translation>هذا العنوان يستجيب، لكن ليس كخادم Appwrite. تحقّق من نقطة النهاية (تنتهي عادةً بـ ‎/v1).</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>بيئة التجربة المحلية</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>%1, hidden</source>
        <translation>%1، مخفي</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>إخفاء %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>إظهار %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Button label; after a click it briefly reads &quot;Copied&quot;.</extracomment>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>نسخ %1</translation>
    </message>
    <message>
        <source>Copied secrets are cleared from the clipboard after a minute.</source>
        <translation>تُمسح الأسرار المنسوخة من الحافظة بعد دقيقة.</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>تم النسخ إلى الحافظة</translation>
    </message>
</context>
<context>
    <name>DangerZoneCard</name>
    <message>
        <source>Danger zone</source>
        <translation>منطقة الخطر</translation>
    </message>
    <message>
        <source>Block your account if you no longer want it to be used. Every sign-in stops working, including this one. Only an administrator of this project can unblock it; you cannot undo it yourself.</source>
        <translation>احظر حسابك إذا لم تعد تريد استخدامه. سيتوقف كل تسجيل دخول، بما فيه هذا. لا يستطيع إلغاء الحظر إلا مسؤول هذا المشروع؛ ولا يمكنك التراجع عنه بنفسك.</translation>
    </message>
    <message>
        <source>Block your account?</source>
        <translation>حظر حسابك؟</translation>
    </message>
    <message>
        <source>%1 will be blocked and signed out everywhere, this device included. To use it again you will have to ask an administrator of this project to unblock it.</source>
        <extracomment>%1 is the account&apos;s email or name.</extracomment>
        <translation>سيُحظر %1 ويُسجَّل خروجه من كل مكان، بما في ذلك هذا الجهاز. لاستخدامه مجددًا، عليك أن تطلب من مسؤول هذا المشروع إلغاء حظره.</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>هذا الحساب</translation>
    </message>
    <message>
        <source>block</source>
        <extracomment>The word the person types to confirm blocking; keep it short and lower-case.</extracomment>
        <translation>حظر</translation>
    </message>
    <message>
        <source>Block account</source>
        <translation>حظر الحساب</translation>
    </message>
    <message>
        <source>Block account…</source>
        <translation>حظر الحساب…</translation>
    </message>
</context>
<context>
    <name>DeviceIcon</name>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>جهاز لوحي</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>تلفاز</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>ساعة</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>متصفح ويب</translation>
    </message>
    <message>
        <source>Program or script</source>
        <translation>برنامج أو سكربت</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>كمبيوتر</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>جهاز غير معروف</translation>
    </message>
</context>
<context>
    <name>EmailCard</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Where we send sign-in links, codes and security notices.</source>
        <translation>نرسل إليه روابط تسجيل الدخول والرموز وتنبيهات الأمان.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>موثَّق</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>غير موثَّق</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>After the change, the new address needs to be verified again.</source>
        <translation>بعد التغيير، يجب التحقق من العنوان الجديد مرة أخرى.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Update email address</source>
        <translation>تحديث البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>EmailCodeScreen</name>
    <message>
        <source>Enter the code</source>
        <translation>أدخل الرمز</translation>
    </message>
    <message>
        <source>Sign in with an email code</source>
        <translation>تسجيل الدخول برمز عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to %1. It works for 15 minutes.</source>
        <extracomment>%1 is an email address.</extracomment>
        <translation>أرسلنا رمزًا من 6 أرقام إلى %1. يبقى صالحًا 15 دقيقة.</translation>
    </message>
    <message>
        <source>We will email you a one-time code, no password needed.</source>
        <translation>سنرسل إليك رمزًا لمرة واحدة بالبريد الإلكتروني، دون الحاجة إلى كلمة مرور.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>أرسل رمزًا بالبريد</translation>
    </message>
    <message>
        <source>The email shows this security phrase. Only use the code if they match:</source>
        <translation>تعرض الرسالة عبارة الأمان هذه. لا تستخدم الرمز إلا إذا تطابقتا:</translation>
    </message>
</context>
<context>
    <name>EmailVerification</name>
    <message>
        <source>Verify your address</source>
        <translation>تحقّق من عنوانك</translation>
    </message>
    <message>
        <source>We sent a link to %1. Open it, or paste it below to finish.</source>
        <translation>أرسلنا رابطًا إلى %1. افتحه، أو الصقه أدناه لإتمام العملية.</translation>
    </message>
    <message>
        <source>Verify your address so you can use it to recover your account and as a second step at sign-in.</source>
        <translation>تحقّق من عنوانك لتتمكن من استخدامه في استرداد حسابك وكخطوة ثانية عند تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Link from the email</source>
        <translation>الرابط من الرسالة</translation>
    </message>
    <message>
        <source>https://…?userId=…&amp;secret=…</source>
        <translation>https://…?userId=…&amp;secret=…</translation>
    </message>
    <message>
        <source>That does not look like the verification link. It should contain userId= and secret=.</source>
        <translation>لا يبدو هذا رابط التحقق. يجب أن يحتوي على userId= وsecret=.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>إرسال مجددًا</translation>
    </message>
    <message>
        <source>Send verification email</source>
        <translation>إرسال رسالة التحقق</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Verify email address</source>
        <translation>التحقق من البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>EmbeddedSandbox</name>
    <message>
        <source>appwrite-sandbox is not installed next to the app.</source>
        <translation>appwrite-sandbox غير مثبّت بجانب التطبيق.</translation>
    </message>
    <message>
        <source>appwrite-sandbox did not start.</source>
        <translation>لم يبدأ appwrite-sandbox.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>حالة HTTP: %1</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>رسالة الخادم: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>الصنف: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBannerContent</name>
    <message>
        <source>Hide details</source>
        <translation>إخفاء التفاصيل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Shows the technical error</source>
        <translation>يعرض الخطأ التقني</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Something went wrong on the server. Please try again.</source>
        <translation>حدث خطأ ما في الخادم. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The server answered with a test error.</source>
        <translation>أجاب الخادم بخطأ تجريبي.</translation>
    </message>
    <message>
        <source>This server does not allow that.</source>
        <translation>لا يسمح هذا الخادم بذلك.</translation>
    </message>
    <message>
        <source>This project does not accept requests from this app yet. Its owner needs to add the app as a platform.</source>
        <translation>لا يقبل هذا المشروع طلبات من هذا التطبيق بعد. يجب على مالكه إضافة التطبيق كمنصة.</translation>
    </message>
    <message>
        <source>This part of the server is turned off for the project.</source>
        <translation>هذا الجزء من الخادم معطّل لهذا المشروع.</translation>
    </message>
    <message>
        <source>Accounts are turned off for this project.</source>
        <translation>الحسابات معطّلة لهذا المشروع.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>لم تسجّل الدخول، أو انتهت جلستك. يرجى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a moment and try again.</source>
        <translation>محاولات كثيرة جدًا. يرجى الانتظار قليلًا ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This server cannot send emails, so this option is not available.</source>
        <translation>لا يستطيع هذا الخادم إرسال رسائل بريد إلكتروني، لذا هذا الخيار غير متاح.</translation>
    </message>
    <message>
        <source>This server cannot send text messages, so this option is not available.</source>
        <translation>لا يستطيع هذا الخادم إرسال رسائل نصية، لذا هذا الخيار غير متاح.</translation>
    </message>
    <message>
        <source>Something you entered is not in the right form. Please check it.</source>
        <translation>أحد المدخلات ليس بالصيغة الصحيحة. يرجى التحقق منه.</translation>
    </message>
    <message>
        <source>That asked for too much at once.</source>
        <translation>طُلب الكثير دفعة واحدة.</translation>
    </message>
    <message>
        <source>The server did not understand the request.</source>
        <translation>لم يفهم الخادم الطلب.</translation>
    </message>
    <message>
        <source>The server does not offer this. It may run an older Appwrite version.</source>
        <translation>لا يوفّر الخادم هذه الميزة. ربما يعمل بإصدار أقدم من Appwrite.</translation>
    </message>
    <message>
        <source>The list changed while loading. Please reload it.</source>
        <translation>تغيّرت القائمة أثناء التحميل. يرجى إعادة تحميلها.</translation>
    </message>
    <message>
        <source>This server only accepts secure (https) connections.</source>
        <translation>لا يقبل هذا الخادم إلا الاتصالات الآمنة (https).</translation>
    </message>
    <message>
        <source>Invitation codes are turned off on this server.</source>
        <translation>رموز الدعوة معطّلة على هذا الخادم.</translation>
    </message>
    <message>
        <source>Usage statistics are turned off on this server.</source>
        <translation>إحصاءات الاستخدام معطّلة على هذا الخادم.</translation>
    </message>
    <message>
        <source>This server does not support that yet.</source>
        <translation>لا يدعم هذا الخادم ذلك بعد.</translation>
    </message>
    <message>
        <source>That does not look like an email address.</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>That does not look like a phone number. Start it with + and the country code, like +16175551212.</source>
        <translation>لا يبدو هذا رقم هاتف. ابدأه بعلامة + ورمز البلد، مثل ‎+16175551212.</translation>
    </message>
    <message>
        <source>This service is not available in your region.</source>
        <translation>هذه الخدمة غير متاحة في منطقتك.</translation>
    </message>
    <message>
        <source>The server could not handle that. Please check what you entered.</source>
        <translation>تعذّر على الخادم معالجة ذلك. يرجى التحقق مما أدخلته.</translation>
    </message>
    <message>
        <source>This project cannot take new accounts right now.</source>
        <translation>لا يستطيع هذا المشروع قبول حسابات جديدة حاليًا.</translation>
    </message>
    <message>
        <source>Sign-up is restricted on this server.</source>
        <translation>التسجيل مقيّد على هذا الخادم.</translation>
    </message>
    <message>
        <source>That token is not valid any more. Create a new one.</source>
        <translation>لم يعد هذا الرمز المميز صالحًا. أنشئ رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>An account with this email address already exists. Try signing in instead.</source>
        <translation>يوجد حساب بهذا البريد الإلكتروني بالفعل. جرّب تسجيل الدخول بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This account has been blocked. Contact the app&apos;s support to get access again.</source>
        <translation>تم حظر هذا الحساب. تواصل مع دعم التطبيق لاستعادة الوصول.</translation>
    </message>
    <message>
        <source>That code or link has expired or was already used. Please ask for a new one.</source>
        <translation>انتهت صلاحية هذا الرمز أو الرابط أو سبق استخدامه. يرجى طلب رمز أو رابط جديد.</translation>
    </message>
    <message>
        <source>You need to choose a new password before signing in.</source>
        <translation>يجب أن تختار كلمة مرور جديدة قبل تسجيل الدخول.</translation>
    </message>
    <message>
        <source>This email address is not allowed to sign up here.</source>
        <translation>لا يُسمح بالتسجيل هنا بعنوان البريد الإلكتروني هذا.</translation>
    </message>
    <message>
        <source>That invitation code is not valid.</source>
        <translation>رمز الدعوة هذا غير صالح.</translation>
    </message>
    <message>
        <source>Sign-up is not allowed from your network.</source>
        <translation>لا يُسمح بالتسجيل من شبكتك.</translation>
    </message>
    <message>
        <source>The email or password is not right. Please check both and try again.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة. يرجى التحقق منهما والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Guest sign-in is not allowed here.</source>
        <translation>تسجيل الدخول كضيف غير مسموح هنا.</translation>
    </message>
    <message>
        <source>You are already signed in. Sign out first to use another account.</source>
        <translation>أنت مسجّل الدخول بالفعل. سجّل الخروج أولًا لاستخدام حساب آخر.</translation>
    </message>
    <message>
        <source>We could not find that account.</source>
        <translation>لم نعثر على هذا الحساب.</translation>
    </message>
    <message>
        <source>Another account already uses this email address.</source>
        <translation>حساب آخر يستخدم عنوان البريد الإلكتروني هذا بالفعل.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>You used this password recently. Please choose a different one.</source>
        <translation>استخدمت كلمة المرور هذه مؤخرًا. يرجى اختيار كلمة مختلفة.</translation>
    </message>
    <message>
        <source>Your password contains your name, email or phone number. Please choose one that does not.</source>
        <translation>تحتوي كلمة المرور على اسمك أو بريدك الإلكتروني أو رقم هاتفك. يرجى اختيار كلمة لا تحتوي عليها.</translation>
    </message>
    <message>
        <source>That session has already ended.</source>
        <translation>انتهت تلك الجلسة بالفعل.</translation>
    </message>
    <message>
        <source>That linked account is no longer connected.</source>
        <translation>لم يعد ذلك الحساب المرتبط متصلًا.</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>غير مسموح لك بذلك.</translation>
    </message>
    <message>
        <source>This way of signing in is turned off for this project.</source>
        <translation>طريقة تسجيل الدخول هذه معطّلة لهذا المشروع.</translation>
    </message>
    <message>
        <source>Another account already uses this phone number.</source>
        <translation>حساب آخر يستخدم رقم الهاتف هذا بالفعل.</translation>
    </message>
    <message>
        <source>Your recovery codes were already created. For your safety they can only be shown once; create new ones if you lost them.</source>
        <translation>أُنشئت رموز الاسترداد الخاصة بك من قبل. حفاظًا على أمانك لا تُعرض إلا مرة واحدة؛ أنشئ رموزًا جديدة إذا فقدتها.</translation>
    </message>
    <message>
        <source>No authenticator app is set up for this account.</source>
        <translation>لا يوجد تطبيق مصادقة مُعدّ لهذا الحساب.</translation>
    </message>
    <message>
        <source>This account has no recovery codes yet.</source>
        <translation>لا توجد رموز استرداد لهذا الحساب بعد.</translation>
    </message>
    <message>
        <source>An authenticator app is already set up. Remove it first to add another.</source>
        <translation>يوجد تطبيق مصادقة مُعدّ بالفعل. أزله أولًا لإضافة تطبيق آخر.</translation>
    </message>
    <message>
        <source>Add a phone number to your account first.</source>
        <translation>أضف رقم هاتف إلى حسابك أولًا.</translation>
    </message>
    <message>
        <source>The sign-in provider did not say who you are. Please try again.</source>
        <translation>لم يُحدّد مزوّد تسجيل الدخول هويتك. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>One more step: confirm it is you with your second factor.</source>
        <translation>خطوة أخرى: أكّد هويتك بالعامل الثاني.</translation>
    </message>
    <message>
        <source>For your security, confirm it is you before making this change.</source>
        <translation>حفاظًا على أمانك، أكّد هويتك قبل إجراء هذا التغيير.</translation>
    </message>
    <message>
        <source>The sign-in provider rejected the request. Please try again.</source>
        <translation>رفض مزوّد تسجيل الدخول الطلب. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The sign-in provider did not let you in.</source>
        <translation>لم يسمح لك مزوّد تسجيل الدخول بالدخول.</translation>
    </message>
    <message>
        <source>The sign-in provider had a problem. Please try again later.</source>
        <translation>واجه مزوّد تسجيل الدخول مشكلة. يرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Your email address is already verified.</source>
        <translation>تم التحقق من بريدك الإلكتروني بالفعل.</translation>
    </message>
    <message>
        <source>Your phone number is already verified.</source>
        <translation>تم التحقق من رقم هاتفك بالفعل.</translation>
    </message>
    <message>
        <source>This account cannot be deleted while it belongs to a team.</source>
        <translation>لا يمكن حذف هذا الحساب ما دام ينتمي إلى فريق.</translation>
    </message>
    <message>
        <source>That device is no longer registered.</source>
        <translation>لم يعد ذلك الجهاز مسجّلًا.</translation>
    </message>
    <message>
        <source>That address or device is already registered with an account.</source>
        <translation>هذا العنوان أو الجهاز مسجّل بالفعل لدى حساب.</translation>
    </message>
    <message>
        <source>The request mixed two kinds of sign-in.</source>
        <translation>خلط الطلب بين نوعين من تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Add an email address to your account first.</source>
        <translation>أضف عنوان بريد إلكتروني إلى حسابك أولًا.</translation>
    </message>
    <message>
        <source>Verify your email address first.</source>
        <translation>تحقّق من بريدك الإلكتروني أولًا.</translation>
    </message>
    <message>
        <source>Verify your phone number first.</source>
        <translation>تحقّق من رقم هاتفك أولًا.</translation>
    </message>
    <message>
        <source>Something you entered is not in the right form.</source>
        <translation>أحد المدخلات ليس بالصيغة الصحيحة.</translation>
    </message>
    <message>
        <source>There is no project with this ID on that server. Please check the project ID.</source>
        <translation>لا يوجد مشروع بهذا المعرّف على ذلك الخادم. يرجى التحقق من معرّف المشروع.</translation>
    </message>
    <message>
        <source>Signing in with this provider is turned off for this project.</source>
        <translation>تسجيل الدخول بهذا المزوّد معطّل لهذا المشروع.</translation>
    </message>
    <message>
        <source>This server does not support that sign-in provider.</source>
        <translation>لا يدعم هذا الخادم مزوّد تسجيل الدخول هذا.</translation>
    </message>
    <message>
        <source>The project does not accept this app&apos;s return address.</source>
        <translation>لا يقبل المشروع عنوان الرجوع الخاص بهذا التطبيق.</translation>
    </message>
    <message>
        <source>The project&apos;s key has expired.</source>
        <translation>انتهت صلاحية مفتاح المشروع.</translation>
    </message>
    <message>
        <source>The server could not find that.</source>
        <translation>لم يعثر الخادم على ذلك.</translation>
    </message>
    <message>
        <source>The server did not accept that. Please check what you entered.</source>
        <translation>لم يقبل الخادم ذلك. يرجى التحقق مما أدخلته.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your internet connection and the server address.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من اتصالك بالإنترنت ومن عنوان الخادم.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Please try again.</source>
        <translation>استغرق الخادم وقتًا طويلًا للرد. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection is not secure: the server&apos;s certificate cannot be trusted.</source>
        <translation>الاتصال غير آمن: لا يمكن الوثوق بشهادة الخادم.</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand. Is this an Appwrite server?</source>
        <translation>أرسل الخادم ردًا لا يفهمه هذا التطبيق. هل هذا خادم Appwrite؟</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <translation>يرجى التحقق مما أدخلته.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>Account created</source>
        <translation>أُنشئ الحساب</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>تغيّرت بيانات الحساب</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>حُذف الحساب</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Session extended</source>
        <translation>مُدّدت الجلسة</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Verification requested</source>
        <translation>طُلب التحقق</translation>
    </message>
    <message>
        <source>Email or phone verified</source>
        <translation>تم التحقق من البريد أو الهاتف</translation>
    </message>
    <message>
        <source>Password reset requested</source>
        <translation>طُلبت إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>أُعيد تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Second-factor check started</source>
        <translation>بدأ التحقق بالعامل الثاني</translation>
    </message>
    <message>
        <source>Second factor confirmed</source>
        <translation>تم تأكيد العامل الثاني</translation>
    </message>
    <message>
        <source>Device added for notifications</source>
        <translation>أُضيف جهاز للإشعارات</translation>
    </message>
    <message>
        <source>Notification device changed</source>
        <translation>تغيّر جهاز الإشعارات</translation>
    </message>
    <message>
        <source>Notification device removed</source>
        <translation>أُزيل جهاز الإشعارات</translation>
    </message>
    <message>
        <source>Linked account removed</source>
        <translation>أُزيل حساب مرتبط</translation>
    </message>
    <message>
        <source>Access token created</source>
        <translation>أُنشئ رمز وصول</translation>
    </message>
    <message>
        <source>Account activity (%1)</source>
        <translation>نشاط الحساب (%1)</translation>
    </message>
</context>
<context>
    <name>FactorSwitch</name>
    <message>
        <source>Authenticator app</source>
        <translation>تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation>رمز عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Code by text message</source>
        <translation>رمز عبر رسالة نصية</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Use another way</source>
        <translation>استخدام طريقة أخرى</translation>
    </message>
    <message>
        <source>Verify with: %1</source>
        <translation>التحقق عبر: %1</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordScreen</name>
    <message>
        <source>Check your inbox</source>
        <translation>تفقّد بريدك الوارد</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>If %1 has an account, we have sent it a link to choose a new password. It works for one hour.</source>
        <extracomment>%1 is an email address. Deliberately says &quot;if&quot;: we do not reveal who has an account.</extracomment>
        <translation>إذا كان لـ%1 حساب، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يبقى صالحًا لمدة ساعة.</translation>
    </message>
    <message>
        <source>Enter the email address you sign in with and we will send you a link to choose a new password.</source>
        <translation>أدخل البريد الإلكتروني الذي تسجّل الدخول به وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Send reset link</source>
        <translation>إرسال رابط إعادة التعيين</translation>
    </message>
    <message>
        <source>I have the link</source>
        <translation>لديّ الرابط</translation>
    </message>
    <message>
        <source>I already have a reset link</source>
        <translation>لديّ رابط إعادة تعيين بالفعل</translation>
    </message>
</context>
<context>
    <name>GuestUpgradeCard</name>
    <message>
        <source>Keep this account</source>
        <translation>الاحتفاظ بهذا الحساب</translation>
    </message>
    <message>
        <source>You are using a guest account: if you sign out, it is gone. Add an email and a password to turn it into a full account. Nothing you have is lost.</source>
        <translation>أنت تستخدم حساب ضيف: إذا سجّلت الخروج فسيضيع. أضف بريدًا إلكترونيًا وكلمة مرور لتحويله إلى حساب كامل. لن تفقد أي شيء.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>اختر كلمة مرور</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Create full account</source>
        <translation>إنشاء حساب كامل</translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <source>your email and password</source>
        <translation>بريدك الإلكتروني وكلمة المرور</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>الحسابات المرتبطة</translation>
    </message>
    <message>
        <source>Accounts at other services that can sign you in here.</source>
        <translation>حسابات في خدمات أخرى يمكنك تسجيل الدخول بها هنا.</translation>
    </message>
    <message>
        <source>Unlink %1?</source>
        <translation>إلغاء ربط %1؟</translation>
    </message>
    <message>
        <source>You will no longer be able to sign in with %1. You can still sign in with: %2.</source>
        <translation>لن تتمكن بعد الآن من تسجيل الدخول عبر %1. لا يزال بإمكانك تسجيل الدخول بـ: %2.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>An account is linked when you sign in with it. Unlinking it here does not delete it at the provider.</source>
        <translation>يُربط الحساب عندما تسجّل الدخول به. إلغاء ربطه هنا لا يحذفه لدى المزوّد.</translation>
    </message>
    <message>
        <source>No linked accounts</source>
        <translation>لا توجد حسابات مرتبطة</translation>
    </message>
    <message>
        <source>When you sign in with a provider such as GitHub or Google, it is linked to this account and shows up here.</source>
        <translation>عند تسجيل الدخول عبر مزوّد مثل GitHub أو Google، يُربط بهذا الحساب ويظهر هنا.</translation>
    </message>
    <message>
        <source>%1 is your only way to sign in, so it can&apos;t be unlinked yet. Set a password on the Profile page first; then you can unlink it.</source>
        <translation>%1 هو طريقتك الوحيدة لتسجيل الدخول، لذا لا يمكن إلغاء ربطه بعد. عيّن كلمة مرور في صفحة «الملف الشخصي» أولًا، ثم يمكنك إلغاء ربطه.</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <extracomment>%1 is a relative time such as &quot;2 months ago&quot;.</extracomment>
        <translation>رُبط %1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <extracomment>%1 is a relative time such as &quot;3 days ago&quot;.</extracomment>
        <translation>آخر تحديث %1</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>إلغاء الربط…</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>إلغاء ربط %1</translation>
    </message>
</context>
<context>
    <name>JwtCard</name>
    <message>
        <source>JSON Web Token</source>
        <translation>رمز JSON Web Token</translation>
    </message>
    <message>
        <source>For developers: a token that lets a server call Appwrite as you for 15 minutes. Anyone holding it can act as you, so share it only with your own backend.</source>
        <translation>للمطوّرين: رمز يتيح لخادم استدعاء Appwrite باسمك لمدة 15 دقيقة. يستطيع أي شخص يحمله التصرّف باسمك، فلا تشاركه إلا مع الخادم الخلفي الخاص بك.</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <extracomment>%1 is minutes:seconds left, e.g. &quot;14:32&quot;.</extracomment>
        <translation>تنتهي صلاحيته خلال %1</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n minute(s)</source>
        <translation>
            <numerusform>تنتهي صلاحيته خلال أقل من دقيقة</numerusform>
            <numerusform>تنتهي صلاحيته خلال دقيقة واحدة</numerusform>
            <numerusform>تنتهي صلاحيته خلال دقيقتين</numerusform>
            <numerusform>تنتهي صلاحيته خلال %n دقائق</numerusform>
            <numerusform>تنتهي صلاحيته خلال %n دقيقة</numerusform>
            <numerusform>تنتهي صلاحيته خلال %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as X-Appwrite-JWT header</source>
        <translation>نسخ كترويسة X-Appwrite-JWT</translation>
    </message>
    <message>
        <source>The last token has expired and was cleared from this window.</source>
        <translation>انتهت صلاحية آخر رمز وأُزيل من هذه النافذة.</translation>
    </message>
    <message>
        <source>Create another</source>
        <translation>إنشاء رمز آخر</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>إنشاء رمز</translation>
    </message>
</context>
<context>
    <name>LanguageComboBox</name>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The language picker&apos;s short label when the app follows the system language.</extracomment>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LogRow</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A device: &quot;%1 on %2&quot;, e.g. &quot;Firefox 126 on Windows 11&quot;.</extracomment>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>جهاز غير معروف</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
</context>
<context>
    <name>MagicLinkScreen</name>
    <message>
        <source>Check your inbox</source>
        <translation>تفقّد بريدك الوارد</translation>
    </message>
    <message>
        <source>Sign in with a link</source>
        <translation>تسجيل الدخول برابط</translation>
    </message>
    <message>
        <source>We will email you a link that signs you in, no password needed.</source>
        <translation>سنرسل إليك رابطًا بالبريد الإلكتروني يسجّل دخولك، دون الحاجة إلى كلمة مرور.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email me a link</source>
        <translation>أرسل لي رابطًا بالبريد</translation>
    </message>
    <message>
        <source>Waiting for the link…</source>
        <translation>في انتظار الرابط…</translation>
    </message>
    <message>
        <source>Link from the email</source>
        <translation>الرابط من الرسالة</translation>
    </message>
    <message>
        <source>Paste the whole link here</source>
        <translation>الصق الرابط كاملًا هنا</translation>
    </message>
    <message>
        <source>This does not look like the sign-in link. Copy the whole address.</source>
        <translation>لا يبدو هذا رابط تسجيل الدخول. انسخ العنوان كاملًا.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Use another email</source>
        <translation>استخدام بريد إلكتروني آخر</translation>
    </message>
    <message>
        <source>We sent a sign-in link to %1. Open it on this computer and the app signs you in, or paste the link here.</source>
        <extracomment>%1 is an email address.</extracomment>
        <translation>أرسلنا رابط تسجيل دخول إلى %1. افتحه على هذا الكمبيوتر وسيسجّل التطبيق دخولك، أو الصق الرابط هنا.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Appwrite Account</source>
        <extracomment>Window title; %1 is the signed-in person&apos;s email address.</extracomment>
        <translation>%1 — حساب Appwrite</translation>
    </message>
    <message>
        <source>Appwrite Account</source>
        <translation>حساب Appwrite</translation>
    </message>
    <message>
        <source>Checking your saved session…</source>
        <translation>جارٍ التحقق من جلستك المحفوظة…</translation>
    </message>
</context>
<context>
    <name>MfaCard</name>
    <message>
        <source>Two-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <source>After your password, sign-in also asks for a code from something only you have. Someone who learns your password still cannot get in.</source>
        <translation>بعد كلمة المرور، يطلب تسجيل الدخول أيضًا رمزًا من شيء لا يملكه سواك. ومن يعرف كلمة مرورك لن يتمكن من الدخول.</translation>
    </message>
    <message>
        <source>On: sign-in asks for a second step.</source>
        <translation>مفعّل: يطلب تسجيل الدخول خطوة ثانية.</translation>
    </message>
    <message>
        <source>Off: your password alone signs you in.</source>
        <translation>معطّل: كلمة المرور وحدها تكفي لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>To turn it on, first add an authenticator app below, or verify your email or phone on the Profile page.</source>
        <translation>لتفعيله، أضف أولًا تطبيق مصادقة أدناه، أو تحقّق من بريدك الإلكتروني أو هاتفك في صفحة «الملف الشخصي».</translation>
    </message>
    <message>
        <source>Second steps</source>
        <translation>الخطوات الثانية</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>تطبيق المصادقة</translation>
    </message>
    <message>
        <source>A 6-digit code that changes every 30 seconds, from an app on your phone or computer.</source>
        <translation>رمز من 6 أرقام يتغير كل 30 ثانية، من تطبيق على هاتفك أو الكمبيوتر.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>غير مُعدّ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add an authenticator app</source>
        <translation>إضافة تطبيق مصادقة</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove the authenticator app</source>
        <translation>إزالة تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Code by email</source>
        <translation>رمز عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>أُرسل إلى %1.</translation>
    </message>
    <message>
        <source>Available once your email address is verified (Profile page).</source>
        <translation>متاح بعد التحقق من بريدك الإلكتروني (صفحة «الملف الشخصي»).</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Needs a verified email</source>
        <translation>يتطلب بريدًا موثَّقًا</translation>
    </message>
    <message>
        <source>Code by text message</source>
        <translation>رمز عبر رسالة نصية</translation>
    </message>
    <message>
        <source>Available once your phone number is verified (Profile page).</source>
        <translation>متاح بعد التحقق من رقم هاتفك (صفحة «الملف الشخصي»).</translation>
    </message>
    <message>
        <source>Needs a verified phone</source>
        <translation>يتطلب هاتفًا موثَّقًا</translation>
    </message>
    <message>
        <source>If you lose your device</source>
        <translation>إذا فقدت جهازك</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>رموز الاسترداد</translation>
    </message>
    <message>
        <source>Single-use codes that get you in without your second step.</source>
        <translation>رموز للاستخدام مرة واحدة تتيح لك الدخول دون الخطوة الثانية.</translation>
    </message>
    <message>
        <source>Create them now, before you need them.</source>
        <translation>أنشئها الآن، قبل أن تحتاج إليها.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>مُنشأة</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Create recovery codes</source>
        <translation>إنشاء رموز الاسترداد</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Show recovery codes</source>
        <translation>عرض رموز الاسترداد</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة الإنشاء</translation>
    </message>
    <message>
        <source>Make new recovery codes; the old ones stop working</source>
        <translation>إنشاء رموز استرداد جديدة؛ وتتوقف الرموز القديمة عن العمل</translation>
    </message>
</context>
<context>
    <name>MfaChallengeScreen</name>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation>أكّد هويتك</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for this account.</source>
        <translation>أدخل الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة لهذا الحساب.</translation>
    </message>
    <message>
        <source>We emailed you a 6-digit code. Enter it here.</source>
        <translation>أرسلنا إليك رمزًا من 6 أرقام بالبريد الإلكتروني. أدخله هنا.</translation>
    </message>
    <message>
        <source>We texted you a 6-digit code. Enter it here.</source>
        <translation>أرسلنا إليك رمزًا من 6 أرقام برسالة نصية. أدخله هنا.</translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved when you turned on two-step verification. Each code works once.</source>
        <translation>أدخل أحد رموز الاسترداد التي حفظتها عند تفعيل التحقق بخطوتين. كل رمز يعمل مرة واحدة.</translation>
    </message>
    <message>
        <source>Your account asks for a second step. Checking which ones you have…</source>
        <translation>يطلب حسابك خطوة ثانية. جارٍ التحقق من الخطوات المتاحة لديك…</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>جارٍ إرسال الرمز…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>جارٍ التجهيز…</translation>
    </message>
    <message>
        <source>e.g. 3f9a2c71b0</source>
        <translation>مثلًا: 3f9a2c71b0</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Lost your phone? Use a recovery code, or ask the app&apos;s support to reset your second step.</source>
        <translation>فقدت هاتفك؟ استخدم رمز استرداد، أو اطلب من دعم التطبيق إعادة تعيين خطوتك الثانية.</translation>
    </message>
</context>
<context>
    <name>NameCard</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>How you appear in apps that use this account.</source>
        <translation>كيف تظهر في التطبيقات التي تستخدم هذا الحساب.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Update name</source>
        <translation>تحديث الاسم</translation>
    </message>
</context>
<context>
    <name>NewPrefRow</name>
    <message>
        <source>New key</source>
        <translation>مفتاح جديد</translation>
    </message>
    <message>
        <source>Key of the new preference</source>
        <translation>مفتاح التفضيل الجديد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Value of the new preference</source>
        <translation>قيمة التفضيل الجديد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>OAuthWaitScreen</name>
    <message>
        <source>Continue with %1</source>
        <extracomment>%1 is a provider such as GitHub.</extracomment>
        <translation>المتابعة عبر %1</translation>
    </message>
    <message>
        <source>Finish signing in with %1 in your browser. When it is done, this window continues on its own.</source>
        <translation>أكمل تسجيل الدخول عبر %1 في متصفحك. عند الانتهاء، ستتابع هذه النافذة تلقائيًا.</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>فتح المتصفح مجددًا</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Browser did not come back?</source>
        <translation>لم يعد المتصفح؟</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>العنوان الذي انتهى إليه المتصفح</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>الصقه هنا</translation>
    </message>
    <message>
        <source>This address has no sign-in details. Copy it from the browser&apos;s address bar.</source>
        <translation>لا يحتوي هذا العنوان على بيانات تسجيل الدخول. انسخه من شريط عنوان المتصفح.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing you in…</source>
        <translation>جارٍ تسجيل دخولك…</translation>
    </message>
    <message>
        <source>Waiting for %1… (%2 left)</source>
        <extracomment>%1 is a provider such as GitHub, %2 the time left, as 4:59.</extracomment>
        <translation>في انتظار %1… (متبقٍ %2)</translation>
    </message>
    <message>
        <source>No browser opened. Copy the sign-in address and open it in your browser.</source>
        <translation>لم يُفتح أي متصفح. انسخ عنوان تسجيل الدخول وافتحه في متصفحك.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Copy the sign-in address, to open it in another browser</source>
        <translation>نسخ عنوان تسجيل الدخول لفتحه في متصفح آخر</translation>
    </message>
</context>
<context>
    <name>OutboxMessage</name>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 إلى %2: %3</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>To %1</source>
        <extracomment>%1 is an email address or phone number.</extracomment>
        <translation>إلى %1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Security phrase: %1</source>
        <translation>عبارة الأمان: %1</translation>
    </message>
    <message>
        <source>Verify the address</source>
        <translation>التحقق من العنوان</translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Sign in with this link</source>
        <translation>تسجيل الدخول بهذا الرابط</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>نسخ الرابط</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Sandbox outbox</source>
        <translation>صندوق صادر بيئة التجربة</translation>
    </message>
    <message>
        <source>Emails and text messages the local sandbox would have sent. Nothing here left this computer.</source>
        <translation>الرسائل الإلكترونية والنصية التي كانت بيئة التجربة المحلية سترسلها. لم يغادر أي منها هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>You are already signed in. Sign out first to try this sign-in link.</source>
        <translation>أنت مسجّل الدخول بالفعل. سجّل الخروج أولًا لتجربة رابط تسجيل الدخول هذا.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>The outbox is empty</source>
        <translation>صندوق الصادر فارغ</translation>
    </message>
    <message>
        <source>When you ask for a sign-in link, a code, a verification or a password reset, the message appears here within a few seconds.</source>
        <translation>عندما تطلب رابط تسجيل دخول أو رمزًا أو تحققًا أو إعادة تعيين كلمة المرور، تظهر الرسالة هنا خلال ثوانٍ.</translation>
    </message>
</context>
<context>
    <name>PageSlot</name>
    <message>
        <source>This page could not be opened. Other pages still work.</source>
        <translation>تعذّر فتح هذه الصفحة. الصفحات الأخرى لا تزال تعمل.</translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>تعيين كلمة مرور</translation>
    </message>
    <message>
        <source>Use at least 8 characters. A long phrase is easier to remember and harder to guess.</source>
        <translation>استخدم 8 أحرف على الأقل. العبارة الطويلة أسهل في التذكر وأصعب في التخمين.</translation>
    </message>
    <message>
        <source>You signed in without a password. Set one to also sign in with your email and a password.</source>
        <translation>سجّلت الدخول دون كلمة مرور. عيّن واحدة لتتمكن أيضًا من تسجيل الدخول ببريدك الإلكتروني وكلمة مرور.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>8 أحرف على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) needed.</source>
        <translation>
            <numerusform>لا يلزم أي حرف إضافي.</numerusform>
            <numerusform>يلزم حرف واحد إضافي.</numerusform>
            <numerusform>يلزم حرفان إضافيان.</numerusform>
            <numerusform>يلزم %n أحرف إضافية.</numerusform>
            <numerusform>يلزم %n حرفًا إضافيًا.</numerusform>
            <numerusform>يلزم %n حرف إضافي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at most 256 characters.</source>
        <translation>استخدم 256 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Sign out of all other devices (recommended)</source>
        <translation>تسجيل الخروج من كل الأجهزة الأخرى (موصى به)</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>إخفاء كلمة المرور</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
</context>
<context>
    <name>PhoneCard</name>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Used for sign-in codes by text message and as a second step at sign-in.</source>
        <translation>يُستخدم لرموز تسجيل الدخول عبر الرسائل النصية وكخطوة ثانية عند تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>موثَّق</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>غير موثَّق</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>+14155550123</source>
        <translation>+14155550123</translation>
    </message>
    <message>
        <source>Use the international format: a plus sign, the country code, then the number.</source>
        <translation>استخدم الصيغة الدولية: علامة زائد، ثم رمز البلد، ثم الرقم.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <source>Update phone number</source>
        <translation>تحديث رقم الهاتف</translation>
    </message>
</context>
<context>
    <name>PhoneVerification</name>
    <message>
        <source>Verify your number</source>
        <translation>تحقّق من رقمك</translation>
    </message>
    <message>
        <source>We texted a 6-digit code to %1. Enter it below.</source>
        <translation>أرسلنا رمزًا من 6 أرقام إلى %1. أدخله أدناه.</translation>
    </message>
    <message>
        <source>Verify your number so it can be used as a second step at sign-in.</source>
        <translation>تحقّق من رقمك ليمكن استخدامه كخطوة ثانية عند تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Code from the text message</source>
        <translation>الرمز من الرسالة النصية</translation>
    </message>
    <message>
        <source>Text me again</source>
        <translation>أرسل لي رسالة مجددًا</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>أرسل رمزًا نصيًا</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Verify phone number</source>
        <translation>التحقق من رقم الهاتف</translation>
    </message>
</context>
<context>
    <name>PrefRow</name>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Key of preference %1</source>
        <translation>مفتاح التفضيل %1</translation>
    </message>
    <message>
        <source>Value: text, a number, true/false, or JSON</source>
        <translation>القيمة: نص، أو رقم، أو true/false، أو JSON</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>قيمة %1</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>PreferencesModel</name>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>هذا ليس JSON صالحًا: %1.</translation>
    </message>
    <message>
        <source>Enter a name for this preference.</source>
        <translation>أدخل اسمًا لهذا التفضيل.</translation>
    </message>
    <message>
        <source>Another preference has the same name.</source>
        <translation>يوجد تفضيل آخر بالاسم نفسه.</translation>
    </message>
    <message>
        <source>Preferences can take up to 64 kB; these take %1 bytes.</source>
        <translation>يمكن أن تشغل التفضيلات حتى 64 كيلوبايت؛ وهذه تشغل %1 بايت.</translation>
    </message>
    <message>
        <source>Fix the marked preferences first.</source>
        <translation>صحّح التفضيلات المعلَّمة أولًا.</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Settings that apps built on this project keep for you, such as a theme or a language. Changes are saved together.</source>
        <translation>إعدادات تحفظها لك التطبيقات المبنية على هذا المشروع، مثل السمة أو اللغة. تُحفظ التغييرات معًا.</translation>
    </message>
    <message>
        <source>Your preferences</source>
        <translation>تفضيلاتك</translation>
    </message>
    <message>
        <source>Values that read as JSON (numbers, true/false, objects, lists) are saved as JSON; anything else as text.</source>
        <translation>القيم التي تُقرأ كـ JSON (أرقام، true/false، كائنات، قوائم) تُحفظ بصيغة JSON؛ وما عداها كنص.</translation>
    </message>
    <message>
        <source>No preferences yet</source>
        <translation>لا توجد تفضيلات بعد</translation>
    </message>
    <message>
        <source>Apps that use this account store settings here. You can add your own below.</source>
        <translation>تحفظ التطبيقات التي تستخدم هذا الحساب إعداداتها هنا. يمكنك إضافة تفضيلاتك أدناه.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Throws away your changes and shows what is saved</source>
        <translation>يتجاهل تغييراتك ويعرض المحفوظ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Your name and the ways we can reach you.</source>
        <translation>اسمك والطرق التي يمكننا التواصل معك بها.</translation>
    </message>
</context>
<context>
    <name>PushTargetRow</name>
    <message>
        <source>Device token of %1</source>
        <translation>الرمز المميز لجهاز %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>المزوّد: %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>أُضيف %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Remove this push target</source>
        <translation>إزالة هدف الإشعارات هذا</translation>
    </message>
</context>
<context>
    <name>PushTargetsCard</name>
    <message>
        <source>Push notification targets</source>
        <translation>أهداف الإشعارات الفورية</translation>
    </message>
    <message>
        <source>Devices registered to receive push notifications from this project. Remove ones you no longer use.</source>
        <translation>الأجهزة المسجّلة لتلقي الإشعارات الفورية من هذا المشروع. أزل الأجهزة التي لم تعد تستخدمها.</translation>
    </message>
    <message>
        <source>No devices are registered. Apps register one when you allow notifications; you can also add a device token by hand below.</source>
        <translation>لا توجد أجهزة مسجّلة. تسجّل التطبيقات جهازًا عندما تسمح بالإشعارات؛ ويمكنك أيضًا إضافة رمز جهاز يدويًا أدناه.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>إضافة جهاز</translation>
    </message>
    <message>
        <source>Device token</source>
        <translation>رمز الجهاز</translation>
    </message>
    <message>
        <source>Provider ID (optional)</source>
        <translation>معرّف المزوّد (اختياري)</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>The token your push service gave this device</source>
        <translation>الرمز المميز الذي منحته خدمة الإشعارات لهذا الجهاز</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>رمز QR لتطبيق المصادقة</translation>
    </message>
    <message>
        <source>Can&apos;t scan it? Type this key into your authenticator app instead:</source>
        <translation>لا يمكنك المسح؟ اكتب هذا المفتاح في تطبيق المصادقة بدلًا من ذلك:</translation>
    </message>
    <message>
        <source>setup key</source>
        <extracomment>Accessible name: the authenticator secret (TOTP key).</extracomment>
        <translation>مفتاح الإعداد</translation>
    </message>
    <message>
        <source>Copy the setup link instead</source>
        <extracomment>Copies the otpauth:// link, which some password managers accept.</extracomment>
        <translation>نسخ رابط الإعداد بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Setup link copied</source>
        <translation>تم نسخ رابط الإعداد</translation>
    </message>
</context>
<context>
    <name>RateLimitBanner</name>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة الآن.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait before trying again.</source>
        <translation>محاولات كثيرة جدًا. يرجى الانتظار قبل المحاولة مجددًا.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <extracomment>A countdown shown after too many attempts, in whole minutes (more than one).</extracomment>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال %n دقيقة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال دقيقة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال دقيقتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال %n دقائق.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال %n دقيقة.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <extracomment>A countdown shown after too many attempts; it counts down every second.</extracomment>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال %n ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال %n ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مجددًا خلال %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCodesDialog</name>
    <message>
        <source>Recovery codes for %1 (%2)</source>
        <translation>رموز الاسترداد لـ%1 (%2)</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>رموز الاسترداد</translation>
    </message>
    <message>
        <source>Copied code %1. It is cleared from the clipboard in a minute.</source>
        <translation>نُسخ الرمز %1. سيُمسح من الحافظة خلال دقيقة.</translation>
    </message>
    <message>
        <source>Saved. Only you can open the file.</source>
        <translation>تم الحفظ. لا يستطيع فتح الملف سواك.</translation>
    </message>
    <message>
        <source>Getting your recovery codes</source>
        <translation>جارٍ جلب رموز الاسترداد</translation>
    </message>
    <message>
        <source>Save these codes now: they are shown only once. Each one lets you in a single time if you lose your authenticator.</source>
        <translation>احفظ هذه الرموز الآن: فهي لا تُعرض إلا مرة واحدة. كل رمز يتيح لك الدخول مرة واحدة إذا فقدت تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>Recovery code %1: %2</source>
        <translation>رمز الاسترداد %1: %2</translation>
    </message>
    <message>
        <source>Copy recovery code %1</source>
        <translation>نسخ رمز الاسترداد %1</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <source>Copy all recovery codes</source>
        <translation>نسخ كل رموز الاسترداد</translation>
    </message>
    <message>
        <source>Copied all codes. They are cleared from the clipboard in a minute.</source>
        <translation>نُسخت كل الرموز. ستُمسح من الحافظة خلال دقيقة.</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>حفظ كنص…</translation>
    </message>
    <message>
        <source>Save recovery codes as a text file</source>
        <translation>حفظ رموز الاسترداد كملف نصي</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة الإنشاء</translation>
    </message>
    <message>
        <source>Make new recovery codes; the old ones stop working</source>
        <translation>إنشاء رموز استرداد جديدة؛ وتتوقف الرموز القديمة عن العمل</translation>
    </message>
    <message>
        <source>I saved them</source>
        <translation>حفظتها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ كـ PDF…</translation>
    </message>
    <message>
        <source>Save recovery codes as a PDF file</source>
        <translation>حفظ رموز الاسترداد كملف PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print recovery codes</source>
        <translation>طباعة رموز الاسترداد</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesFile</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>اختر ملفًا على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Appwrite Account</source>
        <translation>حساب Appwrite</translation>
    </message>
    <message>
        <source>Each code works once. Keep this page somewhere safe.</source>
        <translation>كل رمز يعمل مرة واحدة. احتفظ بهذه الصفحة في مكان آمن.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>Saved, but could not make %1 private to you.</source>
        <translation>تم الحفظ، لكن تعذّر جعل %1 خاصًا بك وحدك.</translation>
    </message>
    <message>
        <source>Printing is not available here. Save the codes as a PDF instead.</source>
        <translation>الطباعة غير متاحة هنا. احفظ الرموز كملف PDF بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Print recovery codes</source>
        <translation>طباعة رموز الاسترداد</translation>
    </message>
    <message>
        <source>The printer reported an error. Try again, or save the codes as a PDF.</source>
        <translation>أبلغت الطابعة عن خطأ. حاول مجددًا، أو احفظ الرموز كملف PDF.</translation>
    </message>
    <message>
        <source>Saving is not available here. Copy the codes instead.</source>
        <translation>الحفظ غير متاح هنا. انسخ الرموز بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Save recovery codes as PDF</source>
        <translation>حفظ رموز الاسترداد كملف PDF</translation>
    </message>
    <message>
        <source>Save recovery codes as text</source>
        <translation>حفظ رموز الاسترداد كنص</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>بعد لحظات</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>خلال %n دقيقة</numerusform>
            <numerusform>خلال دقيقة</numerusform>
            <numerusform>خلال دقيقتين</numerusform>
            <numerusform>خلال %n دقائق</numerusform>
            <numerusform>خلال %n دقيقة</numerusform>
            <numerusform>خلال %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ دقيقة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>خلال %n ساعة</numerusform>
            <numerusform>خلال ساعة</numerusform>
            <numerusform>خلال ساعتين</numerusform>
            <numerusform>خلال %n ساعات</numerusform>
            <numerusform>خلال %n ساعة</numerusform>
            <numerusform>خلال %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ ساعة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>خلال %n يوم</numerusform>
            <numerusform>خلال يوم</numerusform>
            <numerusform>خلال يومين</numerusform>
            <numerusform>خلال %n أيام</numerusform>
            <numerusform>خلال %n يومًا</numerusform>
            <numerusform>خلال %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ يوم</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يومًا</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAuthenticatorDialog</name>
    <message>
        <source>Remove the authenticator app?</source>
        <translation>إزالة تطبيق المصادقة؟</translation>
    </message>
    <message>
        <source>Two-step verification is on and this app is your only second step, so removing it would leave sign-in with your password alone. Turn two-step verification off first, or verify your email or phone on the Profile page so you keep a second step.</source>
        <translation>التحقق بخطوتين مفعّل وهذا التطبيق هو خطوتك الثانية الوحيدة، لذا فإزالته ستجعل كلمة المرور وحدها كافية لتسجيل الدخول. عطّل التحقق بخطوتين أولًا، أو تحقّق من بريدك الإلكتروني أو هاتفك في صفحة «الملف الشخصي» لتحتفظ بخطوة ثانية.</translation>
    </message>
    <message>
        <source>Codes from the app will no longer be accepted. To confirm, enter a current code from the app, or one of your recovery codes if you no longer have the device.</source>
        <translation>لن تُقبل بعد الآن الرموز من التطبيق. للتأكيد، أدخل رمزًا حاليًا من التطبيق، أو أحد رموز الاسترداد إذا لم يعد الجهاز معك.</translation>
    </message>
    <message>
        <source>6-digit code or recovery code</source>
        <translation>رمز من 6 أرقام أو رمز استرداد</translation>
    </message>
    <message>
        <source>Code from the authenticator app, or a recovery code</source>
        <translation>الرمز من تطبيق المصادقة، أو رمز استرداد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the authenticator app</source>
        <translation>إزالة تطبيق المصادقة</translation>
    </message>
</context>
<context>
    <name>ResendButton</name>
    <message>
        <source>Send again</source>
        <translation>إرسال مجددًا</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n s</source>
        <extracomment>%1 is the button text (&quot;Send again&quot;), %n the seconds left before it can be used.</extracomment>
        <translation>
            <numerusform>%1 خلال %n ث</numerusform>
            <numerusform>%1 خلال %n ث</numerusform>
            <numerusform>%1 خلال %n ث</numerusform>
            <numerusform>%1 خلال %n ث</numerusform>
            <numerusform>%1 خلال %n ث</numerusform>
            <numerusform>%1 خلال %n ث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>اختر كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ResetPasswordScreen</name>
    <message>
        <source>Password changed</source>
        <translation>تم تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>اختر كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>You can now sign in with your new password.</source>
        <translation>يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Paste the link from the email, then choose your new password.</source>
        <translation>الصق الرابط من الرسالة، ثم اختر كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Link from the email</source>
        <translation>الرابط من الرسالة</translation>
    </message>
    <message>
        <source>Paste the whole link here</source>
        <translation>الصق الرابط كاملًا هنا</translation>
    </message>
    <message>
        <source>This does not look like the reset link. Copy the whole address from the email.</source>
        <translation>لا يبدو هذا رابط إعادة التعيين. انسخ العنوان كاملًا من الرسالة.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Your reset link is here. Choose your new password.</source>
        <translation>وصل رابط إعادة التعيين. اختر كلمة المرور الجديدة.</translation>
    </message>
</context>
<context>
    <name>SavedConnectionRow</name>
    <message>
        <source>Use %1</source>
        <translation>استخدام %1</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>نسيان %1</translation>
    </message>
    <message>
        <source>Forget this connection?</source>
        <translation>نسيان هذا الاتصال؟</translation>
    </message>
    <message>
        <source>%1 disappears from this list and you are signed out of it on this computer. Your account itself is not touched.</source>
        <extracomment>%1 is a connection&apos;s name.</extracomment>
        <translation>سيختفي %1 من هذه القائمة وسيُسجَّل خروجك منه على هذا الكمبيوتر. لن يُمسّ حسابك نفسه.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>نسيان</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Protect your account with a second step at sign-in.</source>
        <translation>احمِ حسابك بخطوة ثانية عند تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Turn off two-step verification?</source>
        <translation>تعطيل التحقق بخطوتين؟</translation>
    </message>
    <message>
        <source>Signing in will only need your password. Your authenticator and recovery codes stay set up, so you can turn it back on at any time.</source>
        <translation>سيتطلب تسجيل الدخول كلمة المرور فقط. يبقى تطبيق المصادقة ورموز الاسترداد مُعدّة، لذا يمكنك إعادة تفعيله في أي وقت.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Make new recovery codes?</source>
        <translation>إنشاء رموز استرداد جديدة؟</translation>
    </message>
    <message>
        <source>Your current recovery codes stop working as soon as the new ones are made. You may be asked to confirm it&apos;s you first.</source>
        <translation>تتوقف رموز الاسترداد الحالية عن العمل فور إنشاء الرموز الجديدة. قد يُطلب منك تأكيد هويتك أولًا.</translation>
    </message>
    <message>
        <source>Make new codes</source>
        <translation>إنشاء رموز جديدة</translation>
    </message>
</context>
<context>
    <name>SessionFileConfirm</name>
    <message>
        <source>Keep the session in a file?</source>
        <translation>حفظ الجلسة في ملف؟</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service or KWallet) is available. The app can keep your session in %1, readable only by your user account but not encrypted: anyone with access to your account or your backups could use it. You can forget it at any time.</source>
        <extracomment>%1 is the path of the file.</extracomment>
        <translation>لا تتوفر حلقة مفاتيح للنظام (Secret Service أو KWallet). يمكن للتطبيق حفظ جلستك في %1، بحيث لا يقرؤها إلا حساب المستخدم الخاص بك لكن دون تشفير: يستطيع أي شخص لديه وصول إلى حسابك أو نسخك الاحتياطية استخدامها. يمكنك نسيانها في أي وقت.</translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation>إبقائي مسجّل الدخول</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>A signed-in device: &quot;%1 on %2&quot;, e.g. &quot;Firefox 126 on Windows 11&quot;.</extracomment>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>جهاز غير معروف</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>هذا الجهاز: %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Email link</source>
        <translation>رابط بريد إلكتروني</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <extracomment>%1 is a relative time such as &quot;3 days ago&quot;.</extracomment>
        <translation>سجّل الدخول %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <extracomment>%1 is a relative time such as &quot;in 11 months&quot;.</extracomment>
        <translation>تنتهي صلاحيتها %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>تسجيل خروج %1</translation>
    </message>
</context>
<context>
    <name>SessionStorageNotice</name>
    <message>
        <source>You stay signed in through a private file on this computer.</source>
        <translation>تبقى مسجّل الدخول عبر ملف خاص على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>You&apos;ll need to sign in again next time: no keyring</source>
        <translation>ستحتاج إلى تسجيل الدخول مجددًا في المرة القادمة: لا توجد حلقة مفاتيح</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>نسيانها</translation>
    </message>
    <message>
        <source>Keep me signed in with a file…</source>
        <translation>إبقائي مسجّل الدخول عبر ملف…</translation>
    </message>
    <message>
        <source>Hide this notice (the account menu keeps the choice)</source>
        <extracomment>Closes the sidebar notice about the keyring; the choice stays in the account menu.</extracomment>
        <translation>إخفاء هذا التنبيه (يبقى الخيار في قائمة الحساب)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions &amp; devices</source>
        <translation>الجلسات والأجهزة</translation>
    </message>
    <message>
        <source>Where your account is signed in right now. Sign out anything you don&apos;t recognise, then change your password.</source>
        <translation>الأماكن التي سُجّل فيها دخول حسابك الآن. سجّل الخروج من أي شيء لا تعرفه، ثم غيّر كلمة المرور.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Sign out %1?</source>
        <translation>تسجيل خروج %1؟</translation>
    </message>
    <message>
        <source>Sign out all other devices?</source>
        <translation>تسجيل الخروج من كل الأجهزة الأخرى؟</translation>
    </message>
    <message>
        <source>Sign out everywhere?</source>
        <translation>تسجيل الخروج من كل مكان؟</translation>
    </message>
    <message>
        <source>That device will need to sign in again. This device stays signed in.</source>
        <translation>سيحتاج ذلك الجهاز إلى تسجيل الدخول مجددًا. يبقى هذا الجهاز مسجّل الدخول.</translation>
    </message>
    <message>
        <source>Every device except this one will need to sign in again.</source>
        <translation>سيحتاج كل جهاز عدا هذا إلى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Every device, including this one, will be signed out. You will need to sign in again here too.</source>
        <translation>سيُسجَّل خروج كل الأجهزة، بما فيها هذا. ستحتاج إلى تسجيل الدخول هنا أيضًا.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out others</source>
        <translation>تسجيل خروج الآخرين</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>تسجيل الخروج من كل مكان</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>الأجهزة المسجّل دخولها</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s). Times are shown in your local time; hover for the exact time.</source>
        <translation>
            <numerusform>لا توجد جلسات. تظهر الأوقات بتوقيتك المحلي؛ مرّر المؤشر فوقها لرؤية الوقت الدقيق.</numerusform>
            <numerusform>جلسة واحدة. تظهر الأوقات بتوقيتك المحلي؛ مرّر المؤشر فوقها لرؤية الوقت الدقيق.</numerusform>
            <numerusform>جلستان. تظهر الأوقات بتوقيتك المحلي؛ مرّر المؤشر فوقها لرؤية الوقت الدقيق.</numerusform>
            <numerusform>%n جلسات. تظهر الأوقات بتوقيتك المحلي؛ مرّر المؤشر فوقها لرؤية الوقت الدقيق.</numerusform>
            <numerusform>%n جلسة. تظهر الأوقات بتوقيتك المحلي؛ مرّر المؤشر فوقها لرؤية الوقت الدقيق.</numerusform>
            <numerusform>%n جلسة. تظهر الأوقات بتوقيتك المحلي؛ مرّر المؤشر فوقها لرؤية الوقت الدقيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other device is signed in. If you sign in somewhere else, it shows up here.</source>
        <translation>لا يوجد جهاز آخر مسجّل الدخول. إذا سجّلت الدخول في مكان آخر، فسيظهر هنا.</translation>
    </message>
    <message>
        <source>Extend this session</source>
        <translation>تمديد هذه الجلسة</translation>
    </message>
    <message>
        <source>Keeps this device signed in for longer</source>
        <translation>يُبقي هذا الجهاز مسجّل الدخول لمدة أطول</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>تسجيل الخروج من كل مكان…</translation>
    </message>
    <message>
        <source>Sign out other devices…</source>
        <translation>تسجيل الخروج من الأجهزة الأخرى…</translation>
    </message>
</context>
<context>
    <name>ShellHeader</name>
    <message>
        <source>Guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>Local sandbox: open the outbox</source>
        <translation>بيئة التجربة المحلية: فتح صندوق الصادر</translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation>المشروع %1 على %2</translation>
    </message>
    <message>
        <source>Practice server on this computer. Click to read the emails and texts it sent.</source>
        <translation>خادم تجريبي على هذا الكمبيوتر. انقر لقراءة الرسائل الإلكترونية والنصية التي أرسلها.</translation>
    </message>
    <message>
        <source>Server %1, project %2</source>
        <translation>الخادم %1، المشروع %2</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>بيئة التجربة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1. Account menu</source>
        <extracomment>%1 is a name or email address.</extracomment>
        <translation>تم تسجيل الدخول باسم %1. قائمة الحساب</translation>
    </message>
    <message>
        <source>No email yet</source>
        <translation>لا يوجد بريد إلكتروني بعد</translation>
    </message>
</context>
<context>
    <name>ShellSidebar</name>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>حسابك</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>بيئة التجربة</translation>
    </message>
    <message>
        <source>Appwrite Account %1</source>
        <extracomment>%1 is the app&apos;s version number.</extracomment>
        <translation>حساب Appwrite %1</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to your practice account on the local sandbox.</source>
        <translation>سجّل الدخول إلى حسابك التجريبي على بيئة التجربة المحلية.</translation>
    </message>
    <message>
        <source>Sign in to your account for project %1.</source>
        <translation>سجّل الدخول إلى حسابك في المشروع %1.</translation>
    </message>
    <message>
        <source>Sign in to your account.</source>
        <translation>سجّل الدخول إلى حسابك.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>نسيت كلمة المرور؟</translation>
    </message>
    <message>
        <source>or</source>
        <extracomment>Separates the password form from the other ways to sign in.</extracomment>
        <translation>أو</translation>
    </message>
    <message>
        <source>Email me a sign-in link</source>
        <translation>أرسل لي رابط تسجيل الدخول بالبريد</translation>
    </message>
    <message>
        <source>Email me a code</source>
        <translation>أرسل رمزًا بالبريد</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>أرسل رمزًا نصيًا</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <extracomment>%1 is a sign-in provider such as GitHub.</extracomment>
        <translation>المتابعة عبر %1</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Continue as guest</source>
        <translation>المتابعة كضيف</translation>
    </message>
    <message>
        <source>Try the app without an email address; you can add one later.</source>
        <translation>جرّب التطبيق دون عنوان بريد إلكتروني؛ يمكنك إضافة واحد لاحقًا.</translation>
    </message>
    <message>
        <source>Sign in to finish verifying your email address: the link you opened is applied as soon as you are signed in.</source>
        <translation>سجّل الدخول لإكمال التحقق من بريدك الإلكتروني: سيُطبَّق الرابط الذي فتحته بمجرد تسجيل دخولك.</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Create your account</source>
        <translation>أنشئ حسابك</translation>
    </message>
    <message>
        <source>Your name helps people recognise you; you can change everything later.</source>
        <translation>يساعد اسمك الآخرين على التعرّف عليك؛ يمكنك تغيير كل شيء لاحقًا.</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>الاسم (اختياري)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unusual words make a strong one.</source>
        <translation>8 أحرف على الأقل. بضع كلمات غير مألوفة تصنع كلمة مرور قوية.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>إنشاء الحساب</translation>
    </message>
    <message>
        <source>I already have an account</source>
        <translation>لديّ حساب بالفعل</translation>
    </message>
</context>
<context>
    <name>SizeMeter</name>
    <message>
        <source>%1 kB of %2 kB used</source>
        <translation>مستخدم %1 كيلوبايت من %2 كيلوبايت</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of %1 kB used</source>
        <extracomment>Size of the saved preferences: &quot;1.2 kB of 64 kB used&quot;. Size of small saved preferences: &quot;40 bytes of 64 kB used&quot;.</extracomment>
        <translation>
            <numerusform>مستخدم %n بايت من %1 كيلوبايت</numerusform>
            <numerusform>مستخدم بايت واحد من %1 كيلوبايت</numerusform>
            <numerusform>مستخدم بايتان من %1 كيلوبايت</numerusform>
            <numerusform>مستخدم %n بايتات من %1 كيلوبايت</numerusform>
            <numerusform>مستخدم %n بايتًا من %1 كيلوبايت</numerusform>
            <numerusform>مستخدم %n بايت من %1 كيلوبايت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmsCodeScreen</name>
    <message>
        <source>Enter the code</source>
        <translation>أدخل الرمز</translation>
    </message>
    <message>
        <source>Sign in with a text message</source>
        <translation>تسجيل الدخول برسالة نصية</translation>
    </message>
    <message>
        <source>We texted a 6-digit code to %1.</source>
        <extracomment>%1 is a phone number.</extracomment>
        <translation>أرسلنا رمزًا من 6 أرقام إلى %1.</translation>
    </message>
    <message>
        <source>We will text a one-time code to your phone.</source>
        <translation>سنرسل رمزًا لمرة واحدة برسالة نصية إلى هاتفك.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>+14155550123</source>
        <translation>+14155550123</translation>
    </message>
    <message>
        <source>Include the country code, starting with +.</source>
        <translation>أدرج رمز البلد، بدءًا بعلامة +.</translation>
    </message>
    <message>
        <source>Text me a code</source>
        <translation>أرسل رمزًا نصيًا</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working</source>
        <extracomment>Read by screen readers while something is loading.</extracomment>
        <translation>جارٍ التحميل</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation>أكّد هويتك</translation>
    </message>
    <message>
        <source>This change needs a fresh check. Enter the code from your authenticator app.</source>
        <translation>يتطلب هذا التغيير تحققًا جديدًا. أدخل الرمز من تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>This change needs a fresh check. We emailed you a 6-digit code.</source>
        <translation>يتطلب هذا التغيير تحققًا جديدًا. أرسلنا إليك رمزًا من 6 أرقام بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>This change needs a fresh check. We texted you a 6-digit code.</source>
        <translation>يتطلب هذا التغيير تحققًا جديدًا. أرسلنا إليك رمزًا من 6 أرقام برسالة نصية.</translation>
    </message>
    <message>
        <source>This change needs a fresh check. Enter one of your recovery codes; it will be used up.</source>
        <translation>يتطلب هذا التغيير تحققًا جديدًا. أدخل أحد رموز الاسترداد؛ وسيُستهلك.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>10-character recovery code</source>
        <translation>رمز استرداد من 10 أحرف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تحقّق</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Appwrite account.</source>
        <translation>أدِر حساب Appwrite الخاص بك.</translation>
    </message>
    <message>
        <source>Start on the embedded local sandbox.</source>
        <translation>البدء على بيئة التجربة المحلية المدمجة.</translation>
    </message>
    <message>
        <source>Connect to the Appwrite API at &lt;url&gt;.</source>
        <translation>الاتصال بواجهة Appwrite API على &lt;url&gt;.</translation>
    </message>
    <message>
        <source>The project ID to use with --endpoint.</source>
        <translation>معرّف المشروع المستخدم مع ‎--endpoint.</translation>
    </message>
    <message>
        <source>Print the milliseconds until the first frame, then quit.</source>
        <translation>اطبع عدد المللي ثانية حتى الإطار الأول، ثم اخرج.</translation>
    </message>
    <message>
        <source>--endpoint and --project go together.</source>
        <translation>يجب استخدام ‎--endpoint و‎--project معًا.</translation>
    </message>
    <message>
        <source>Sign up, open every page, print the peak memory, then quit.</source>
        <translation>أنشئ حسابًا، وافتح كل صفحة، واطبع ذروة استهلاك الذاكرة، ثم اخرج.</translation>
    </message>
    <message>
        <source>An appwrite-callback-&lt;project&gt; link to open.</source>
        <translation>رابط appwrite-callback-&lt;project&gt; لفتحه.</translation>
    </message>
</context>
</TS>
